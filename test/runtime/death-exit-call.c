// exit(5) in a worker ends the whole program with status 5 after stopping
// the other workers, which are waiting at a barrier.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 timeout 10 %t 2> %t.err; echo "exit status $?" > %t.status
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: FileCheck %s --check-prefix=STATUS < %t.status
// ERR: sharedmem: worker 3 (pid {{[0-9]+}}) exited with status 5 in 'parallel'
// STATUS: exit status 5
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc bar_loc = {__FILE__, __LINE__, 1, "barrier"};

int main(void) {
    if (__sm_parallel_begin(&loc, 0, 1) == 3)
        exit(5);
    __sm_barrier(&bar_loc);
    __sm_parallel_end();
    printf("not reached\n");
    return 0;
}
