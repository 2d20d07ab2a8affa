// The runtime leaves the program's own children and SIGCHLD handler alone:
// a child the program forked before the region, ending during it, is still
// there for the program to reap afterwards, the program's handler is called
// for it, and the handler is the program's again after the region.
// RUN: %rtcc
// RUN: for n in 1 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-2: handler restored: yes, handler called: yes, own child reaped: status 7
#include <sharedmem.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static volatile sig_atomic_t calls;

static void on_child(int sig) {
    (void)sig;
    calls++;
}

int main(void) {
    struct sigaction sa = {0}, now;
    sa.sa_handler = on_child;
    sigaction(SIGCHLD, &sa, NULL);
    int pipefd[2];
    if (pipe(pipefd) != 0)
        return 1;
    pid_t child = fork();
    if (child == 0) {
        char c;
        if (read(pipefd[0], &c, 1) != 1)
            _exit(1);
        _exit(7);
    }
    __sm_parallel_begin(&loc, 0, 1);
    if (sm_worker_id() == 0) {
        if (write(pipefd[1], "x", 1) != 1)
            return 1;
        while (!calls)
            usleep(1000);
    }
    __sm_parallel_end();
    sigaction(SIGCHLD, NULL, &now);
    int status = 0;
    pid_t r = waitpid(child, &status, 0);
    printf("handler restored: %s, handler called: %s, own child reaped: status %d\n",
           now.sa_handler == on_child ? "yes" : "no", calls ? "yes" : "no",
           r == child && WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return 0;
}
