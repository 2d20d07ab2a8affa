// A critical-protected read-modify-write of a counter in shared memory
// loses no update: the total is workers x iterations.  The yield between
// read and write makes a race near-certain without the lock; the companion
// test critical-counter-races.c proves this check can fail.
// The result depends on the team size, so not with --sm-serial:
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s -DTOTAL=$((n * 2000)); done
#include <sched.h>
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    long *counter = sm_zeros(1, sizeof(long));
#pragma sm parallel
    for (int i = 0; i < 2000; i++) {
#ifndef NO_CRITICAL
#pragma sm critical
#endif
        {
            long v = *counter;
            if (i % 16 == 0)
                sched_yield();
            *counter = v + 1;
        }
    }
    printf("total %ld\n", *counter);
    return 0;
}
// CHECK: total [[TOTAL]]
