// shared(x) on a region: a copy in the shared heap before the fork, every
// reference inside the region goes through it, and the master copies it
// back and frees it after the join.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void work(int *);

void f(void) {
    int x = 1;
#pragma sm parallel shared(x)
    {
        x = x + 1;
        work(&x);
    }
    work(&x);
}

// CHECK: __typeof__(x) *__sm_sh0_x = __sm_share(&x, sizeof(x)); (void)__sm_parallel_begin(&__sm_loc_0, 0, 1); {
// CHECK-NEXT: {
// CHECK-NEXT: (*__sm_sh0_x) = (*__sm_sh0_x) + 1;
// CHECK-NEXT: work(&(*__sm_sh0_x));
// CHECK-NEXT: } } __sm_parallel_end(); __builtin_memcpy(&x, __sm_sh0_x, sizeof(x)); sm_free(__sm_sh0_x); }
// CHECK-NEXT: work(&x);
