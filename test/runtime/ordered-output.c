// Text printed inside ordered blocks comes out in iteration order, with 8
// workers on however many CPUs there are.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=8 %t | FileCheck %s
// CHECK: iteration 0
// CHECK-NEXT: iteration 1
// CHECK-NEXT: iteration 2
// CHECK-NEXT: iteration 3
// CHECK-NEXT: iteration 4
// CHECK-NEXT: iteration 5
// CHECK-NEXT: iteration 6
// CHECK-NEXT: iteration 7
// CHECK-NEXT: iteration 8
// CHECK-NEXT: iteration 9
// CHECK-NEXT: iteration 10
// CHECK-NEXT: iteration 11
// CHECK-NEXT: done
#include <sharedmem.h>
#include <stdio.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};
static const __sm_loc ord_loc = {__FILE__, __LINE__, 1, "ordered"};

int main(void) {
    __sm_parallel_begin(&loc, 0, 1);
    __sm_loop L;
    uint64_t b, e;
    __sm_loop_begin(&L, 12, SM_SCHED_DYNAMIC, 1, SM_LOOP_ORDERED, &for_loc);
    while (__sm_loop_next(&L, &b, &e))
        for (uint64_t k = b; k < e; k++) {
            __sm_ordered_begin(&L, k, &ord_loc);
            printf("iteration %d\n", (int)k);
            fflush(stdout);
            __sm_ordered_end(&L, k);
        }
    __sm_loop_end(&L);
    __sm_parallel_end();
    printf("done\n");
    return 0;
}
