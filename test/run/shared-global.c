// File-scope #pragma sm shared(g) puts initialised and zero-initialised
// globals in shared memory: every worker's write is seen by the master.
// The result depends on the team size, so not with --sm-serial:
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s -DN=$n -DSUM=$((n * (n + 1) / 2)); done
#include <sharedmem.h>
#include <stdio.h>

int slots[64];
#pragma sm shared(slots)
static struct {
    long ran;
    double scale;
} totals = {0, 0.5};
#pragma sm shared(totals)

int main(void) {
#pragma sm parallel
    {
        slots[sm_worker_id()] = sm_worker_id() + 1;
#pragma sm atomic
        totals.ran += 2;
    }
    int sum = 0;
    for (int i = 0; i < 64; i++)
        sum += slots[i];
    printf("workers %ld, sum %d, scale %.1f\n", (long)(totals.ran * totals.scale), sum,
           totals.scale);
    return 0;
}
// CHECK: workers [[N]], sum [[SUM]], scale 0.5
