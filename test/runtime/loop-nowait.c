// nowait loops back to back: 40 dynamic loops (more than the runtime's
// work-share slots) with workers far apart, then one barrier; each
// iteration of each loop ran exactly once.
// RUN: %rtcc
// RUN: for n in 1 2 3 4 8; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-5: 40 nowait loops, every iteration exactly once
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};
static const __sm_loc bar_loc = {__FILE__, __LINE__, 1, "barrier"};

#define LOOPS 40
#define N 100

int main(void) {
    int(*hits)[N] =
        mmap(NULL, LOOPS * sizeof *hits, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int id = __sm_parallel_begin(&loc, 0, 1);
    for (int l = 0; l < LOOPS; l++) {
        __sm_loop L;
        uint64_t b, e;
        int sched = l % 3 == 0 ? SM_SCHED_GUIDED : l % 3 == 1 ? SM_SCHED_DYNAMIC : SM_SCHED_STATIC;
        __sm_loop_begin(&L, N, sched, l % 4, SM_LOOP_NOWAIT, &for_loc);
        while (__sm_loop_next(&L, &b, &e))
            for (uint64_t i = b; i < e; i++) {
                if (id == 1 && l < 3)
                    usleep(200);
                __atomic_fetch_add(&hits[l][i], 1, __ATOMIC_SEQ_CST);
            }
        __sm_loop_end(&L);
    }
    __sm_barrier(&bar_loc);
    __sm_parallel_end();
    int bad = 0;
    for (int l = 0; l < LOOPS; l++)
        for (int i = 0; i < N; i++)
            if (hits[l][i] != 1) {
                printf("loop %d iteration %d ran %d times\n", l, i, hits[l][i]);
                bad = 1;
            }
    if (!bad)
        printf("%d nowait loops, every iteration exactly once\n", LOOPS);
    return bad;
}
