// atomic update: integer + - & | ^ use fetch-and-op builtins; other
// operators, floating point and x = e op x use a compare-and-swap loop.
// RUN: %smpp %s | FileCheck %s

void f(int *x, double *d) {
#pragma sm atomic
    (*x)++;
    // CHECK: __atomic_fetch_add(&((*x)), (1), __ATOMIC_SEQ_CST);
#pragma sm atomic update
    *x ^= 5;
    // CHECK: __atomic_fetch_xor(&(*x), (5), __ATOMIC_SEQ_CST);
#pragma sm atomic
    *d += 0.5;
    // CHECK: __sm_an = __sm_ao + __sm_ae; } while (!__atomic_compare_exchange(
#pragma sm atomic
    *x = 10 - *x;
    // CHECK: __sm_ae = (10); {{.*}} __sm_an = __sm_ae - __sm_ao;
}
