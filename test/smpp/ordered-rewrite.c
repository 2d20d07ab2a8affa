// An ordered block waits for the turn of the current logical iteration of
// the loop it is in.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void work(int);

void f(int n) {
#pragma sm parallel for ordered schedule(dynamic)
    for (int i = 0; i < n; i++) {
#pragma sm ordered
        work(i);
    }
}

// CHECK: SM_SCHED_DYNAMIC, 0, SM_LOOP_NOWAIT | SM_LOOP_ORDERED, &__sm_loc_0);
// CHECK-NEXT: { static const __sm_loc __sm_loc_1 = {"{{.*}}ordered-rewrite.c", 10, 1, "ordered"}; __sm_ordered_begin(&__sm_L0, __sm_k0, &__sm_loc_1);
// CHECK-NEXT: work(i); __sm_ordered_end(&__sm_L0, __sm_k0); }
