// A reduction on a parallel region: every worker contributes its private
// copy once; the master ends with the combined value, and a 'for' inside
// the region accumulates into the region's copy.
// The sum depends on the team size, so not with --sm-serial:
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s -DN=$n -DIDS=$((n * (n - 1) / 2)); done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    int workers = 0, ids = 0;
    long total = 0;
#pragma sm parallel reduction(+ : workers, ids, total)
    {
        workers++;
        ids += sm_worker_id();
#pragma sm for
        for (int i = 1; i <= 100; i++)
            total += i;
    }
    printf("workers %d ids %d total %ld\n", workers, ids, total);
    return 0;
}
// CHECK: workers [[N]] ids [[IDS]] total 5050
