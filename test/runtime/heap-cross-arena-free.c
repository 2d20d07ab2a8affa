// Blocks freed by a process other than the one that allocated them (worker
// frees master's, workers free each other's) are reused correctly: every
// later allocation gets a block no live block overlaps.
// RUN: %rtcc
// RUN: for n in 2 4; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-2: cross-arena frees ok
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define PER 2000

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    static const __sm_loc bar = {__FILE__, __LINE__, 1, "barrier"};
    int nw = sm_max_workers();
    uint64_t **slot = sm_zeros((size_t)nw * PER, sizeof *slot);
    for (int i = 0; i < nw * PER; i++) {
        slot[i] = sm_malloc(64);
        *slot[i] = 0;
    }
    int *bad = sm_zeros(1, sizeof *bad);
    __sm_parallel_begin(&loc, nw, 1);
    int id = sm_worker_id();
    /* Free the master's blocks (and the next worker's), allocate new ones. */
    for (int round = 0; round < 2; round++) {
        int owner = (id + round) % nw;
        for (int i = owner * PER; i < (owner + 1) * PER; i += 2) {
            sm_free(slot[i]);
            slot[i] = NULL;
        }
        __sm_barrier(&bar);
        for (int i = owner * PER; i < (owner + 1) * PER; i += 2) {
            slot[i] = sm_malloc(64);
            for (int k = 0; k < 8; k++)
                slot[i][k] = (uint64_t)i;
        }
        __sm_barrier(&bar);
    }
    __sm_parallel_end();
    for (int i = 0; i < nw * PER; i++)
        for (int k = 0; k < (i % 2 ? 1 : 8); k++)
            if (slot[i][k] != (i % 2 ? 0 : (uint64_t)i))
                *bad = 1;
    /* The master frees the workers' blocks; their arenas get them back. */
    for (int i = 0; i < nw * PER; i++)
        sm_free(slot[i]);
    __sm_parallel_begin(&loc, nw, 1);
    void *p[PER];
    for (int i = 0; i < PER; i++)
        memset(p[i] = sm_malloc(64), sm_worker_id(), 64);
    for (int i = 0; i < PER; i++)
        if (((unsigned char *)p[i])[63] != sm_worker_id())
            *bad = 1;
    __sm_parallel_end();
    printf("cross-arena frees %s\n", *bad ? "BROKEN" : "ok");
    return 0;
}
