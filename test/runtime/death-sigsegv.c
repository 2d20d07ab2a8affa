// A worker killed by SIGSEGV ends the program: one line naming the worker,
// the signal and the construct it was in, exit status 139 (128 + 11), and
// no worker left running (kill -0 fails, with status 1, for all of them).
// RUN: %rtcc
// RUN: rm -f %t.pids
// ASan would catch the SIGSEGV and exit(1) (death-sanitizer-report.test); let
// it kill the worker instead.
// RUN: ASAN_OPTIONS=handle_segv=0 SM_NUM_WORKERS=4 timeout 10 %t %t.pids 2> %t.err; echo "exit status $?" > %t.status
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: FileCheck %s --check-prefix=STATUS < %t.status
// RUN: kill -0 $(cat %t.pids) 2>/dev/null; echo "kill -0: $?" | FileCheck %s -check-prefix=ALIVE
// ERR: sharedmem: worker 2 (pid {{[0-9]+}}) killed by SIGSEGV (Segmentation fault)
// ERR-SAME: in 'for' at {{.*}}death-sigsegv.c:[[@LINE+15]]
// ERR-NOT: sharedmem:
// STATUS: exit status 139
// ALIVE: kill -0: 1
#include <fcntl.h>
#include <signal.h>
#include <sharedmem.h>
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
    printf("not reached\n");
    return 0;
}
