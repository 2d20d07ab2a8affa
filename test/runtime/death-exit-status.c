// A worker that calls _exit(3) ends the program with status 3 and one line
// naming the worker and the construct it last entered.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=3 timeout 10 %t 2> %t.err; echo "exit status $?" > %t.status
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: FileCheck %s --check-prefix=STATUS < %t.status
// ERR: sharedmem: worker 1 (pid {{[0-9]+}}) exited with status 3 in 'parallel' at
// ERR-SAME: death-exit-status.c:[[@LINE+7]]
// ERR-NOT: sharedmem:
// STATUS: exit status 3
#include <sharedmem.h>
#include <stdio.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc bar_loc = {__FILE__, __LINE__, 1, "barrier"};

int main(void) {
    if (__sm_parallel_begin(&loc, 0, 1) == 1)
        _exit(3);
    __sm_barrier(&bar_loc);
    __sm_parallel_end();
    printf("not reached\n");
    return 0;
}
