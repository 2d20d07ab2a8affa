// An iteration that enters its ordered block twice is a clear error.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=3 not timeout 10 %t 2>&1 | FileCheck %s
// CHECK: sharedmem: error: iteration 4 of the ordered loop at {{.*}}ordered-twice.c:{{[0-9]+}}
// CHECK-SAME: ran its ordered block twice
// CHECK-NOT: sharedmem:
#include <sharedmem.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};
static const __sm_loc ord_loc = {__FILE__, __LINE__, 1, "ordered"};

int main(void) {
    __sm_parallel_begin(&loc, 0, 1);
    __sm_loop L;
    uint64_t b, e;
    __sm_loop_begin(&L, 10, SM_SCHED_DYNAMIC, 1, SM_LOOP_ORDERED, &for_loc);
    while (__sm_loop_next(&L, &b, &e))
        for (uint64_t k = b; k < e; k++) {
            for (int twice = 0; twice < (k == 4 ? 2 : 1); twice++) {
                __sm_ordered_begin(&L, k, &ord_loc);
                __sm_ordered_end(&L, k);
            }
        }
    __sm_loop_end(&L);
    __sm_parallel_end();
    return 0;
}
