// Ordered blocks run in iteration order whatever the schedule, also with
// more workers than CPUs; the output printed in them is in order too.
// RUN: %rtcc
// RUN: for n in 1 2 3 4 8; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-5: static: in order; static,1: in order; dynamic: in order; guided,2: in order
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};
static const __sm_loc ord_loc = {__FILE__, __LINE__, 1, "ordered"};

#define N 300

static int run(int sched, int chunk, int *log) {
    __sm_parallel_begin(&loc, 0, 1);
    __sm_loop L;
    uint64_t b, e;
    __sm_loop_begin(&L, N, sched, chunk, SM_LOOP_ORDERED, &for_loc);
    while (__sm_loop_next(&L, &b, &e))
        for (uint64_t k = b; k < e; k++) {
            __sm_ordered_begin(&L, k, &ord_loc);
            log[log[N]++] = (int)k;
            __sm_ordered_end(&L, k);
        }
    __sm_loop_end(&L);
    __sm_parallel_end();
    int ok = log[N] == N;
    for (int i = 0; i < N; i++)
        ok &= log[i] == i;
    log[N] = 0;
    return ok;
}

int main(void) {
    int *log = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    printf("static: %s; ", run(SM_SCHED_STATIC, 0, log) ? "in order" : "WRONG");
    printf("static,1: %s; ", run(SM_SCHED_STATIC, 1, log) ? "in order" : "WRONG");
    printf("dynamic: %s; ", run(SM_SCHED_DYNAMIC, 0, log) ? "in order" : "WRONG");
    printf("guided,2: %s\n", run(SM_SCHED_GUIDED, 2, log) ? "in order" : "WRONG");
    return 0;
}
