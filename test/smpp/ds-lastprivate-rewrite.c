// lastprivate: the worker whose range ends at n flags it; its value is
// handed to every worker.  The iteration variable gets its sequential
// final value lb + n * step.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void f(int *a, int n) {
    int last = 0, i;
#pragma sm parallel for lastprivate(last, i)
    for (i = 0; i < n; i++)
        last = a[i];
}

// CHECK: __typeof__(last) __sm_p0_last __attribute__((unused)) = {0};
// CHECK-NEXT: int __sm_last0 = 0;
// CHECK-SAME: if (__sm_e0 == __sm_n0) __sm_last0 = 1;
// CHECK-NEXT: __sm_p0_last = a[__sm_p0_i];
// CHECK-SAME: __sm_s->last = __sm_last0;
// CHECK-SAME: if (__sm_q->last) __builtin_memcpy(&last, &__sm_q->f0, sizeof(last));
// CHECK-SAME: i = (__typeof__(i))((__UINT64_TYPE__)__sm_lb0_0 + __sm_n0_0 * (__UINT64_TYPE__)__sm_st0_0);
