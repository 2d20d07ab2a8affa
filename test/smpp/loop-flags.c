// nowait and ordered become the loop's flags; a 'for' construct declares
// its own source location.  A loop with the ordered clause but no ordered
// block is an ordinary loop (the runtime wants one block per iteration).
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void work(int);

void f(int n) {
#pragma sm for nowait
    for (int i = 0; i < n; i++)
        work(i);
#pragma sm for ordered nowait
    for (int i = 0; i < n; i++) {
#pragma sm ordered
        work(i);
    }
#pragma sm for ordered
    for (int i = 0; i < n; i++)
        work(i);
}

// CHECK: static const __sm_loc __sm_loc_0 = {"{{.*}}loop-flags.c", 9, 1, "for"};
// CHECK-SAME: SM_SCHED_STATIC, 0, SM_LOOP_NOWAIT, &__sm_loc_0);
// CHECK: SM_SCHED_STATIC, 0, SM_LOOP_NOWAIT | SM_LOOP_ORDERED, &__sm_loc_1);
// CHECK: SM_SCHED_STATIC, 0, 0, &__sm_loc_3);
