// Writes made before a barrier are visible to every worker after it, over
// many phases: in phase p each worker writes its slot, then after the
// barrier checks every other worker's slot holds phase p.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    int *slot = sm_zeros(64, sizeof(int));
    int *errors = sm_zeros(1, sizeof(int));
#pragma sm parallel
    {
        int me = sm_worker_id(), n = sm_num_workers();
        for (int phase = 1; phase <= 300; phase++) {
            slot[me] = phase;
#pragma sm barrier
            for (int w = 0; w < n; w++)
                if (slot[w] != phase)
                    __atomic_fetch_add(errors, 1, __ATOMIC_SEQ_CST);
#pragma sm barrier
        }
    }
    printf("errors %d\n", *errors);
    return 0;
}
// CHECK: errors 0
