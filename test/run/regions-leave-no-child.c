// 200 regions in a row leave no child process behind, running or zombie.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 2 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <errno.h>
#include <sharedmem.h>
#include <stdio.h>
#include <sys/wait.h>

int main(void) {
    long *sum = sm_zeros(1, sizeof(long));
    for (int r = 0; r < 200; r++) {
#pragma sm parallel
        __atomic_fetch_add(sum, 1, __ATOMIC_SEQ_CST);
    }
    int left = waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD;
    printf("regions %ld, no child left: %d\n", *sum / sm_max_workers(), left);
    return 0;
}
// CHECK: regions 200, no child left: 1
