// Inside a region every forked worker has the program's SIGCHLD disposition
// and signal mask; only the master (worker 0) runs the death watch.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=3 %t | sort | FileCheck %s
// CHECK: worker 1: handler is the program's: yes, SIGCHLD blocked: no, SIGUSR1 blocked: yes
// CHECK-NEXT: worker 2: handler is the program's: yes, SIGCHLD blocked: no, SIGUSR1 blocked: yes
#include <sharedmem.h>
#include <signal.h>
#include <stdio.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

static void on_child(int sig) {
    (void)sig;
}

int main(void) {
    struct sigaction sa = {0};
    sa.sa_handler = on_child;
    sigaction(SIGCHLD, &sa, NULL);
    sigset_t usr1;
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    sigprocmask(SIG_BLOCK, &usr1, NULL);
    __sm_parallel_begin(&loc, 0, 1);
    struct sigaction now;
    sigset_t mask;
    sigaction(SIGCHLD, NULL, &now);
    sigprocmask(SIG_BLOCK, NULL, &mask);
    if (sm_worker_id() != 0)
        printf(
            "worker %d: handler is the program's: %s, SIGCHLD blocked: %s, SIGUSR1 blocked: %s\n",
            sm_worker_id(), now.sa_handler == on_child ? "yes" : "no",
            sigismember(&mask, SIGCHLD) ? "yes" : "no", sigismember(&mask, SIGUSR1) ? "yes" : "no");
    fflush(stdout);
    __sm_parallel_end();
    return 0;
}
