// --serial keeps private and firstprivate variables apart from the
// original (so the serial build gives the parallel build's results);
// reduction, shared and lastprivate need nothing in one process.
// RUN: %smpp --serial %s | grep -v '^// ' | FileCheck %s

int f(int n) {
    int x = 1, y = 2, sum = 0;
#pragma sm parallel for private(x) firstprivate(y) reduction(+ : sum)
    for (int i = 0; i < n; i++) {
        x = i * y;
        sum += x;
    }
    return x + y + sum;
}

// CHECK: int x = 1, y = 2, sum = 0;
// CHECK-EMPTY:
// CHECK-NEXT: { __typeof__(x) __sm_p0_x __attribute__((unused)); __typeof__(y) __sm_p0_y __attribute__((unused)); __builtin_memcpy(&__sm_p0_y, &y, sizeof __sm_p0_y); for (int i = 0; i < n; i++) {
// CHECK-NEXT: __sm_p0_x = i * __sm_p0_y;
// CHECK-NEXT: sum += __sm_p0_x;
// CHECK-NEXT: } }
// CHECK-NEXT: return x + y + sum;
