// A `parallel for` compiled by smcc gets two SM_STATS rows at the pragma's
// line: the region and its loop.  The loop's busy times add up to the
// work (3 x 10 ms of sleeps at any team size), and the reduction's
// publish barrier counts in the region's barrier column.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: SM_STATS=1 SM_NUM_WORKERS=3 %t 2>&1 | FileCheck %s
// CHECK: sum 3
// CHECK: construct location calls workers
// CHECK-NEXT: parallel for {{[^ ]*}}stats-parallel-for.c:[[#@LINE+9]] 1 3
// CHECK-NEXT: for {{[^ ]*}}stats-parallel-for.c:[[#@LINE+8]] 1 3 {{[0-9.]+}} 0.000 {{[1-9][0-9]+\.[0-9]+/[1-9][0-9]+\.[0-9]+/[1-9][0-9]+\.[0-9]+}}
#include <sharedmem.h>
#include <stdio.h>
#include <unistd.h>

int main(void) {
    int sum = 0;
    /* one 10 ms iteration per worker */
#pragma sm parallel for schedule(static) reduction(+ : sum)
    for (int i = 0; i < 3; i++) {
        usleep(10000);
        sum += 1;
    }
    printf("sum %d\n", sum);
    return 0;
}
