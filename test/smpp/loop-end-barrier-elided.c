// A loop whose closing barrier another wait already provides ends as with
// nowait: a 'parallel for' (the region's join follows), and a loop whose
// reduction or lastprivate hand-off ends in a barrier after which each
// worker writes only its own copies.  When worker 0 combines into a shared
// variable after that barrier, the loop keeps its own, so that the others
// see the result.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void work(int);

void f(int n) {
    long sum = 0, shared_sum = 0;
    int last = 0;
#pragma sm parallel for
    for (int i = 0; i < n; i++)
        work(i);
#pragma sm parallel shared(shared_sum)
    {
#pragma sm for
        for (int i = 0; i < n; i++)
            work(i);
#pragma sm for reduction(+ : sum)
        for (int i = 0; i < n; i++)
            sum += i;
#pragma sm for lastprivate(last)
        for (int i = 0; i < n; i++)
            last = i;
#pragma sm for reduction(+ : shared_sum)
        for (int i = 0; i < n; i++)
            shared_sum += i;
        work((int)sum + last);
    }
}

// CHECK: "parallel for"};
// CHECK: __sm_loop_begin(&__sm_L0, __sm_n0, SM_SCHED_STATIC, 0, SM_LOOP_NOWAIT, &__sm_loc_0);
// CHECK: __sm_loop_begin(&__sm_L2, __sm_n2, SM_SCHED_STATIC, 0, 0, &__sm_loc_2);
// CHECK: __sm_loop_begin(&__sm_L3, __sm_n3, SM_SCHED_STATIC, 0, SM_LOOP_NOWAIT, &__sm_loc_3);
// CHECK: __sm_reduce_arrive(&__sm_loc_3, &__sm_v)
// CHECK: __sm_loop_begin(&__sm_L4, __sm_n4, SM_SCHED_STATIC, 0, SM_LOOP_NOWAIT, &__sm_loc_4);
// CHECK: __sm_reduce_arrive(&__sm_loc_4, &__sm_v)
// CHECK: __sm_loop_begin(&__sm_L5, __sm_n5, SM_SCHED_STATIC, 0, 0, &__sm_loc_5);
// CHECK: __sm_reduce_arrive(&__sm_loc_5, &__sm_v)
// CHECK-SAME: if (sm_worker_id() == 0)
