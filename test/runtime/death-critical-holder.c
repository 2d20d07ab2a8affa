// A worker killed while it holds a critical lock that the others wait for
// does not hang the team.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 timeout 10 %t 2> %t.err; echo "exit status $?" > %t.status
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: FileCheck %s --check-prefix=STATUS < %t.status
// ERR: sharedmem: worker 1 (pid {{[0-9]+}}) killed by SIGKILL (Killed) in 'critical'
// STATUS: exit status 137
#include <sched.h>
#include <signal.h>
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc crit_loc = {__FILE__, __LINE__, 1, "critical"};

int main(void) {
    volatile int *held =
        mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int id = __sm_parallel_begin(&loc, 0, 1);
    if (id == 1) {
        __sm_critical_begin("held", &crit_loc);
        *held = 1;
        usleep(200000); /* let the others go to sleep on the lock */
        raise(SIGKILL);
    }
    while (!*held)
        sched_yield();
    __sm_critical_begin("held", &crit_loc);
    __sm_critical_end("held");
    __sm_parallel_end();
    printf("not reached\n");
    return 0;
}
