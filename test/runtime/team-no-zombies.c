// 200 regions in a row leave no child process behind (no zombies).
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 %t | FileCheck %s
// CHECK: 200 regions, children left: none
#include <errno.h>
#include <sharedmem.h>
#include <stdio.h>
#include <sys/wait.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

int main(void) {
    for (int r = 0; r < 200; r++) {
        __sm_parallel_begin(&loc, 0, 1);
        __sm_parallel_end();
    }
    int none = waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD;
    printf("200 regions, children left: %s\n", none ? "none" : "SOME");
    return !none;
}
