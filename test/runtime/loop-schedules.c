// Every schedule and chunk covers each of n iterations exactly once, for
// n in {0, 1, 2, 7, 1000}; the last row is schedule(runtime) with
// SM_SCHEDULE.  Counters live in MAP_SHARED memory.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n SM_SCHEDULE=guided,3 %t; done | FileCheck %s
// CHECK-COUNT-4: 45 loops, every iteration exactly once
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};

static const struct {
    int sched;
    int chunk;
} kinds[] = {
    {SM_SCHED_STATIC, 0},  {SM_SCHED_STATIC, 1},  {SM_SCHED_STATIC, 7},
    {SM_SCHED_DYNAMIC, 0}, {SM_SCHED_DYNAMIC, 3}, {SM_SCHED_GUIDED, 0},
    {SM_SCHED_GUIDED, 5},  {SM_SCHED_AUTO, 0},    {SM_SCHED_RUNTIME, 0},
};
static const uint64_t sizes[] = {0, 1, 2, 7, 1000};
#define NKINDS (sizeof kinds / sizeof kinds[0])
#define NSIZES (sizeof sizes / sizeof sizes[0])

int main(void) {
    int(*hits)[1000] = mmap(NULL, NKINDS * NSIZES * sizeof *hits, PROT_READ | PROT_WRITE,
                            MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    __sm_parallel_begin(&loc, 0, 1);
    for (unsigned k = 0; k < NKINDS; k++) {
        for (unsigned s = 0; s < NSIZES; s++) {
            __sm_loop L;
            uint64_t b, e;
            __sm_loop_begin(&L, sizes[s], kinds[k].sched, kinds[k].chunk, 0, &for_loc);
            while (__sm_loop_next(&L, &b, &e))
                for (uint64_t i = b; i < e; i++)
                    __atomic_fetch_add(&hits[k * NSIZES + s][i], 1, __ATOMIC_SEQ_CST);
            __sm_loop_end(&L);
        }
    }
    __sm_parallel_end();
    int bad = 0;
    for (unsigned k = 0; k < NKINDS; k++)
        for (unsigned s = 0; s < NSIZES; s++)
            for (uint64_t i = 0; i < 1000; i++)
                if (hits[k * NSIZES + s][i] != (i < sizes[s])) {
                    printf("schedule %d chunk %d n=%d: iteration %d ran %d times\n", kinds[k].sched,
                           kinds[k].chunk, (int)sizes[s], (int)i, hits[k * NSIZES + s][i]);
                    bad = 1;
                }
    if (!bad)
        printf("%d loops, every iteration exactly once\n", (int)(NKINDS * NSIZES));
    return bad;
}
