// reduction: a private copy at the operator's identity; at the end every
// worker publishes its partial, the last to arrive folds them all in worker
// order into the result, and every worker combines the result into its own.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void f(double *a, int n) {
    double sum = 0;
    int lo = 0;
#pragma sm parallel for reduction(+ : sum) reduction(min : lo)
    for (int i = 0; i < n; i++) {
        sum += a[i];
        if (a[i] < lo)
            lo = (int)a[i];
    }
}

// CHECK: __typeof__(sum) __sm_r0_sum = 0; __typeof__(lo) __sm_r0_lo = (__typeof__(lo))((unsigned int)~(unsigned int)0 >> 1);
// CHECK: __sm_r0_sum += a[i];
// CHECK: __sm_r0_lo = (int)a[i];
// CHECK: __sm_loop_end(&__sm_L0); { struct __sm_slot0 { __typeof__(sum) f0; __typeof__(lo) f1; int last; };
// CHECK-SAME: _Static_assert(sizeof(struct __sm_slot0) <= SM_REDUCE_MAX,
// CHECK-SAME: struct __sm_slot0 *__sm_s = __sm_reduce_slot(sizeof(struct __sm_slot0), __alignof__(struct __sm_slot0)); __builtin_memcpy(&__sm_s->f0, &__sm_r0_sum, sizeof __sm_s->f0); __builtin_memcpy(&__sm_s->f1, &__sm_r0_lo, sizeof __sm_s->f1);
// CHECK-SAME: __sm_reduce_view __sm_v; if (__sm_reduce_arrive(&__sm_loc_0, &__sm_v)) { struct __sm_slot0 *__sm_r = __sm_v.result; __builtin_memcpy(__sm_r, __sm_v.slots, sizeof *__sm_r);
// CHECK-SAME: for (int __sm_w = 1; __sm_w < __sm_v.nworkers; __sm_w++) { const struct __sm_slot0 *__sm_q = (const void *)(__sm_v.slots + (__SIZE_TYPE__)__sm_w * __sm_v.stride); __sm_r->f0 = __sm_r->f0 + __sm_q->f0; if (__sm_q->f1 < __sm_r->f1) __sm_r->f1 = __sm_q->f1; } __sm_reduce_release(); }
// CHECK-SAME: { const struct __sm_slot0 *__sm_q = __sm_v.result; sum = sum + __sm_q->f0; if (__sm_q->f1 < lo) lo = __sm_q->f1; } }
