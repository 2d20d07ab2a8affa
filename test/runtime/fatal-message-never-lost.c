// When several workers hit a fatal error at once, exactly one message is
// printed, every time: the first worker to exit makes the master kill the
// team, and that must not take the worker that is still printing.
// RUN: %rtcc
// RUN: for i in $(seq 300); do SM_NUM_WORKERS=3 timeout 10 %t; echo "status $?"; done &> %t.out
// RUN: grep -c "^sharedmem: error: ordered block" %t.out | FileCheck %s -check-prefix=MSG
// RUN: grep -c "^status 1$" %t.out | FileCheck %s -check-prefix=STATUS
// MSG: {{^300$}}
// STATUS: {{^300$}}
#include <sharedmem.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};
static const __sm_loc ord_loc = {__FILE__, __LINE__, 1, "ordered"};

// The workers take iterations and enter ordered blocks in a loop that is
// not ordered: a fatal error in all of them at about the same time.
int main(void) {
    __sm_parallel_begin(&loc, 0, 1);
    __sm_loop L;
    uint64_t b, e;
    __sm_loop_begin(&L, 10, SM_SCHED_DYNAMIC, 1, 0, &for_loc);
    while (__sm_loop_next(&L, &b, &e)) {
        __sm_ordered_begin(&L, b, &ord_loc);
        __sm_ordered_end(&L, b);
    }
    __sm_loop_end(&L);
    __sm_parallel_end();
    return 0;
}
