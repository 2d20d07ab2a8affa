// With nowait a worker leaves the loop without waiting for the others; a
// barrier afterwards still sees every iteration's write.  A reduction on
// a nowait loop still hands its partials over (that part synchronises).
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    int *done = sm_zeros(100, sizeof *done);
    long sum = 0;
#pragma sm parallel
    {
#pragma sm for nowait schedule(dynamic)
        for (int i = 0; i < 100; i++)
            done[i] = 1;
#pragma sm for nowait reduction(+ : sum)
        for (int i = 0; i < 100; i++)
            sum += i;
#pragma sm barrier
#pragma sm master
        {
            int count = 0;
            for (int i = 0; i < 100; i++)
                count += done[i];
            printf("done %d sum %ld\n", count, sum);
        }
    }
    return 0;
}
// CHECK: done 100 sum 4950
