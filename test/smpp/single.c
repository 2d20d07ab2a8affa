// single runs on the first worker to arrive; a barrier follows unless nowait.
// RUN: %smpp %s | FileCheck %s

void work(void);

void f(void) {
#pragma sm parallel
    {
#pragma sm single
        work();
        // CHECK: if (__sm_single_begin(&__sm_loc_1)) {
        // CHECK-NEXT: work(); } __sm_single_end(0, &__sm_loc_1); }
#pragma sm single nowait
        work();
        // CHECK: work(); } __sm_single_end(1, &__sm_loc_2); }
    }
}
