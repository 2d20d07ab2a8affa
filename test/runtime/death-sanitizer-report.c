// Under AddressSanitizer a worker's SIGSEGV is caught by ASan, which prints
// its report and exits with status 1; the runtime reports that exit like any
// other (worker, pid, construct, FILE:LINE), exits 1 and leaves no worker.
// REQUIRES: sanitize
// RUN: %rtcc
// RUN: rm -f %t.pids
// RUN: SM_NUM_WORKERS=4 timeout 10 %t %t.pids 2> %t.err; echo "exit status $?" > %t.status
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: FileCheck %s --check-prefix=STATUS < %t.status
// RUN: kill -0 $(cat %t.pids) 2>/dev/null; echo "kill -0: $?" | FileCheck %s -check-prefix=ALIVE
// ERR: ERROR: AddressSanitizer: SEGV
// ERR: sharedmem: worker 2 (pid {{[0-9]+}}) exited with status 1
// ERR-SAME: in 'for' at {{.*}}death-sanitizer-report.c:[[@LINE+15]]
// ERR-NOT: sharedmem:
// STATUS: exit status 1
// ALIVE: kill -0: 1
#include <fcntl.h>
#include <sharedmem.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc bar_loc = {__FILE__, __LINE__, 1, "barrier"};

int main(int argc, char **argv) {
    (void)argc;
    static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};
    int fd = open(argv[1], O_WRONLY | O_CREAT | O_APPEND, 0644);
    int id = __sm_parallel_begin(&loc, 0, 1);
    dprintf(fd, "%d\n", (int)getpid());
    __sm_barrier(&bar_loc);
    __sm_loop L;
    uint64_t b, e;
    __sm_loop_begin(&L, 4, SM_SCHED_STATIC, 0, 0, &for_loc);
    while (__sm_loop_next(&L, &b, &e))
        if (id == 2)
            raise(SIGSEGV);
    __sm_loop_end(&L);
    __sm_parallel_end();
    return 0;
}
