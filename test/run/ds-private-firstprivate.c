// private and firstprivate on a region: every worker, the master included,
// works on its own copy (firstprivate's starts as the original), and the
// original is unchanged after the region.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    int scratch = 7, base[3] = {1, 2, 3};
    int *bad = sm_zeros(1, sizeof *bad);
#pragma sm parallel private(scratch) firstprivate(base)
    {
        scratch = sm_worker_id();
        if (base[0] + base[1] + base[2] != 6)
            __atomic_fetch_add(bad, 1, __ATOMIC_RELAXED);
        base[0] = 100 + scratch;
    }
    printf("scratch %d base %d %d %d bad %d\n", scratch, base[0], base[1], base[2], *bad);
    return 0;
}
// CHECK: scratch 7 base 1 2 3 bad 0
