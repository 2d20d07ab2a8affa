// A worker's death is noticed even when the program blocks SIGCHLD in the
// master during the region: the master, waiting at a barrier, reaps by
// itself now and then.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=3 timeout 10 %t 2> %t.err; echo "exit status $?" > %t.status
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: FileCheck %s --check-prefix=STATUS < %t.status
// ERR: sharedmem: worker 2 (pid {{[0-9]+}}) killed by SIGABRT (Aborted) in 'parallel'
// STATUS: exit status 134
#include <sharedmem.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc bar_loc = {__FILE__, __LINE__, 1, "barrier"};

int main(void) {
    int id = __sm_parallel_begin(&loc, 0, 1);
    if (id == 0) {
        sigset_t chld;
        sigemptyset(&chld);
        sigaddset(&chld, SIGCHLD);
        sigprocmask(SIG_BLOCK, &chld, NULL);
    }
    if (id == 2)
        abort();
    __sm_barrier(&bar_loc);
    __sm_parallel_end();
    printf("not reached\n");
    return 0;
}
