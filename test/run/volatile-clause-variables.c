// volatile variables in every data clause compile warning-free (the copies
// keep the qualifier) and hand their values over.
// RUN: %smcc -Wall -Wextra -Wcast-qual -Werror %s -o %t
// RUN: for n in 1 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-2: last 9 sum 85 shared: one increment per worker
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    volatile int last = -1, plus = 4, shared_count = 0, team = 0;
    volatile long sum = 0;
#pragma sm parallel for lastprivate(last) reduction(+ : sum) firstprivate(plus)
    for (int i = 0; i < 10; i++) {
        last = i;
        sum += i + plus;
    }
#pragma sm parallel shared(shared_count, team)
    {
#pragma sm atomic
        shared_count++;
#pragma sm master
        team = sm_num_workers();
    }
    printf("last %d sum %ld shared: %s\n", last, sum,
           shared_count == team ? "one increment per worker" : "WRONG");
    return 0;
}
