// Each schedule kind maps to its runtime constant; the chunk expression is
// evaluated once, before the loop; no schedule clause is static, chunk 0.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void work(int);

void f(int n) {
#pragma sm parallel
    {
#pragma sm for
        for (int i = 0; i < n; i++)
            work(i);
#pragma sm for schedule(static, 4)
        for (int i = 0; i < n; i++)
            work(i);
#pragma sm for schedule(dynamic, n / 8)
        for (int i = 0; i < n; i++)
            work(i);
#pragma sm for schedule(guided)
        for (int i = 0; i < n; i++)
            work(i);
#pragma sm for schedule(runtime)
        for (int i = 0; i < n; i++)
            work(i);
#pragma sm for schedule(monotonic: auto)
        for (int i = 0; i < n; i++)
            work(i);
    }
}

// CHECK: __sm_loop_begin(&__sm_L1, __sm_n1, SM_SCHED_STATIC, 0, 0, &__sm_loc_1);
// CHECK: __sm_loop_begin(&__sm_L2, __sm_n2, SM_SCHED_STATIC, (__INT64_TYPE__)(4), 0, &__sm_loc_2);
// CHECK: __sm_loop_begin(&__sm_L3, __sm_n3, SM_SCHED_DYNAMIC, (__INT64_TYPE__)(n / 8), 0, &__sm_loc_3);
// CHECK: __sm_loop_begin(&__sm_L4, __sm_n4, SM_SCHED_GUIDED, 0, 0, &__sm_loc_4);
// CHECK: __sm_loop_begin(&__sm_L5, __sm_n5, SM_SCHED_RUNTIME, 0, 0, &__sm_loc_5);
// CHECK: __sm_loop_begin(&__sm_L6, __sm_n6, SM_SCHED_AUTO, 0, 0, &__sm_loc_6);
