// A work-sharing loop keeps its body in place: the header becomes the
// bounds, the trip count, the runtime's loop calls and the iteration
// variable recomputed from the logical index __sm_k0.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void work(int);

void f(int n) {
#pragma sm parallel for
    for (int i = 0; i < n; i++)
        work(i);
}

// CHECK: void f(int n) {
// CHECK-NEXT: __sm_parallel_begin
// CHECK-NEXT: int __sm_lb0_0 = (0); int __sm_ub0_0 = (n); __INT64_TYPE__ __sm_st0_0 = (__INT64_TYPE__)(1);
// CHECK-SAME: __sm_loop_begin(&__sm_L0, __sm_n0, SM_SCHED_STATIC, 0, SM_LOOP_NOWAIT, &__sm_loc_0);
// CHECK-SAME: while (__sm_loop_next(&__sm_L0, &__sm_b0, &__sm_e0))
// CHECK-SAME: for (__UINT64_TYPE__ __sm_k0 = __sm_b0; __sm_k0 < __sm_e0; __sm_k0++) {
// CHECK-SAME: int i __attribute__((unused)) = (int)((__UINT64_TYPE__)__sm_lb0_0 + __sm_k0 * (__UINT64_TYPE__)__sm_st0_0);
// CHECK-NEXT: work(i); } } __sm_loop_end(&__sm_L0); } __sm_parallel_end(); }
// CHECK-NEXT: }
