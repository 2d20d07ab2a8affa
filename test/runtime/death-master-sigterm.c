// SIGTERM to the master stops every process of the team: the workers,
// waiting at a barrier, do not outlive it.  The third RUN line waits up to
// 10 s for them to go; kill -0 fails (status 1) once none is left.
// RUN: %rtcc
// RUN: rm -f %t.pids
// RUN: SM_NUM_WORKERS=4 timeout 10 %t %t.pids; echo "status $?" | FileCheck %s -check-prefix=STATUS
// RUN: for i in $(seq 100); do kill -0 $(cat %t.pids) 2>/dev/null || break; sleep 0.1; done
// RUN: kill -0 $(cat %t.pids) 2>/dev/null; echo "kill -0: $?" | FileCheck %s -check-prefix=ALIVE
// STATUS: status 143
// ALIVE: kill -0: 1
#include <fcntl.h>
#include <stdio.h>
#include <signal.h>
#include <sharedmem.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc bar_loc = {__FILE__, __LINE__, 1, "barrier"};

int main(int argc, char **argv) {
    (void)argc;
    int fd = open(argv[1], O_WRONLY | O_CREAT | O_APPEND, 0644);
    int id = __sm_parallel_begin(&loc, 0, 1);
    if (id != 0)
        dprintf(fd, "%d\n", (int)getpid());
    __sm_barrier(&bar_loc);
    if (id == 1)
        kill(getppid(), SIGTERM);
    __sm_barrier(&bar_loc);
    __sm_parallel_end();
    return 0;
}
