// A loop outside any region runs every iteration in the caller, as one
// range, whatever the schedule.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 %t | FileCheck %s
// CHECK: static: 1 range(s), 10 iterations
// CHECK-NEXT: dynamic: 1 range(s), 10 iterations
// CHECK-NEXT: guided: 1 range(s), 10 iterations
#include <sharedmem.h>
#include <stdio.h>

static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};

static void run(const char *name, int sched) {
    __sm_loop L;
    uint64_t b, e;
    int ranges = 0, iters = 0;
    __sm_loop_begin(&L, 10, sched, 2, 0, &for_loc);
    while (__sm_loop_next(&L, &b, &e)) {
        ranges++;
        iters += (int)(e - b);
    }
    __sm_loop_end(&L);
    printf("%s: %d range(s), %d iterations\n", name, ranges, iters);
}

int main(void) {
    run("static", SM_SCHED_STATIC);
    run("dynamic", SM_SCHED_DYNAMIC);
    run("guided", SM_SCHED_GUIDED);
    return 0;
}
