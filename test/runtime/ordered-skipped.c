// An iteration of an ordered loop that skips its ordered block is a clear
// error naming the iteration, not a hang.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=2 not timeout 10 %t 2>&1 | FileCheck %s
// RUN: SM_NUM_WORKERS=1 not timeout 10 %t 2>&1 | FileCheck %s
// CHECK: sharedmem: error: iteration 5 of the ordered loop at {{.*}}ordered-skipped.c:{{[0-9]+}}
// CHECK-SAME: has no ordered block
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
    __sm_loop_begin(&L, 10, SM_SCHED_STATIC, 1, SM_LOOP_ORDERED, &for_loc);
    while (__sm_loop_next(&L, &b, &e))
        for (uint64_t k = b; k < e; k++) {
            if (k == 5)
                continue;
            __sm_ordered_begin(&L, k, &ord_loc);
            __sm_ordered_end(&L, k);
        }
    __sm_loop_end(&L);
    __sm_parallel_end();
    printf("not reached\n");
    return 0;
}
