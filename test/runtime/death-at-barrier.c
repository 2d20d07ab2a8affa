// A worker that dies while the others wait at a barrier (the master among
// them) does not hang the team; with more workers than CPUs too.
// RUN: %rtcc
// RUN: for n in 2 4 8; do SM_NUM_WORKERS=$n timeout 10 %t; echo "exit status $?"; done &> %t.out
// RUN: FileCheck %s < %t.out
// CHECK:      sharedmem: worker 1 (pid {{[0-9]+}}) killed by SIGTERM (Terminated) in 'parallel'
// CHECK-NEXT: exit status 143
// CHECK-NEXT: sharedmem: worker 1 (pid {{[0-9]+}}) killed by SIGTERM (Terminated) in 'parallel'
// CHECK-NEXT: exit status 143
// CHECK-NEXT: sharedmem: worker 1 (pid {{[0-9]+}}) killed by SIGTERM (Terminated) in 'parallel'
// CHECK-NEXT: exit status 143
#include <signal.h>
#include <sharedmem.h>
#include <stdio.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc bar_loc = {__FILE__, __LINE__, 1, "barrier"};

int main(void) {
    if (__sm_parallel_begin(&loc, 0, 1) == 1) {
        usleep(100000);
        raise(SIGTERM);
    }
    __sm_barrier(&bar_loc);
    __sm_parallel_end();
    printf("not reached\n");
    return 0;
}
