// A child of the program that ends while the master waits for its only
// worker at the end of the region still reaches the program's SIGCHLD
// handler, and the program can reap it.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=2 timeout 10 %t | FileCheck %s
// CHECK: handler called: yes, own child reaped: status 7
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
    struct sigaction sa = {0};
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
        usleep(100 * 1000); /* the master is in the join by now */
        _exit(7);
    }
    __sm_parallel_begin(&loc, 2, 1);
    if (sm_worker_id() == 1)
        usleep(500 * 1000);
    else if (write(pipefd[1], "x", 1) != 1)
        return 1;
    __sm_parallel_end();
    for (int i = 0; i < 1000 && !calls; i++)
        usleep(1000);
    int status = 0;
    pid_t r = waitpid(child, &status, 0);
    printf("handler called: %s, own child reaped: status %d\n", calls ? "yes" : "no",
           r == child && WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return 0;
}
