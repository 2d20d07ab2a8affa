// default(shared): a local the region writes is shared, so the workers'
// updates (under critical) add up; the loop variable stays private.
// The count depends on the team size, so not with --sm-serial:
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s -DN=$n; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    int arrivals = 0, i = -1;
    long sum = 0;
#pragma sm parallel default(shared)
    {
#pragma sm critical
        arrivals++;
#pragma sm for reduction(+ : sum)
        for (i = 0; i < 10; i++)
            sum += i;
    }
    printf("arrivals %d sum %ld i %d\n", arrivals, sum, i);
    return 0;
}
// CHECK: arrivals [[N]] sum 45 i -1
