// rand()'s state is private memory copied at the fork: every worker draws
// the master's next number; seeding with the worker id separates the
// streams (docs/memory-model.md, "Beyond variables").
// RUN: %smcc -O2 %s -o %t
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// UNSUPPORTED: serial
// CHECK: same 3 distinct 3
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int *first = malloc(3 * sizeof *first), *seeded = malloc(3 * sizeof *seeded);
    srand(7);
    int expected = rand();
    srand(7);
#pragma sm parallel
    {
        first[sm_worker_id()] = rand();
        srand(7 + (unsigned)sm_worker_id());
        seeded[sm_worker_id()] = rand();
    }
    int same = 0, distinct = 3;
    for (int w = 0; w < 3; w++) {
        same += first[w] == expected;
        for (int v = 0; v < w; v++)
            distinct -= seeded[w] == seeded[v];
    }
    printf("same %d distinct %d\n", same, distinct);
    free(first);
    free(seeded);
    return 0;
}
