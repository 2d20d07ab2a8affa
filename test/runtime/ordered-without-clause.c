// An ordered block in a loop that was not started with SM_LOOP_ORDERED is
// an error naming both places, in a team of one as in a larger team.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=3 not timeout 10 %t 2>&1 | FileCheck %s
// RUN: SM_NUM_WORKERS=1 not timeout 10 %t 2>&1 | FileCheck %s
// CHECK: sharedmem: error: ordered block at {{.*}}ordered-without-clause.c:[[@LINE+8]] in a loop
// CHECK-SAME: without the ordered clause ({{.*}}ordered-without-clause.c:[[@LINE+6]])
// CHECK-NOT: sharedmem:
#include <sharedmem.h>
#include <stdio.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};
static const __sm_loc ord_loc = {__FILE__, __LINE__, 1, "ordered"};

int main(void) {
    __sm_parallel_begin(&loc, 0, 1);
    __sm_loop L;
    uint64_t b, e;
    __sm_loop_begin(&L, 10, SM_SCHED_DYNAMIC, 1, 0, &for_loc);
    while (__sm_loop_next(&L, &b, &e))
        for (uint64_t k = b; k < e; k++) {
            __sm_ordered_begin(&L, k, &ord_loc);
            __sm_ordered_end(&L, k);
        }
    __sm_loop_end(&L);
    __sm_parallel_end();
    printf("not reached\n");
    return 0;
}
