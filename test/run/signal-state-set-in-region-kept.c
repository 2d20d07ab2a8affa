// A SIGCHLD handler and a signal mask the master sets inside a region are
// still in place after it; only the runtime's own handler goes.
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-3: handler: ours, SIGINT blocked: 1, SIGCHLD blocked: 0, called: yes
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t calls;

static void on_child(int sig) {
    (void)sig;
    calls++;
}

int main(void) {
#pragma sm parallel
    {
#pragma sm master
        {
            sigset_t intr;
            signal(SIGCHLD, on_child);
            sigemptyset(&intr);
            sigaddset(&intr, SIGINT);
            sigprocmask(SIG_BLOCK, &intr, NULL);
        }
    }
    struct sigaction now;
    sigset_t mask;
    sigaction(SIGCHLD, NULL, &now);
    sigprocmask(SIG_BLOCK, NULL, &mask);
    pid_t child = fork();
    if (child == 0)
        _exit(0);
    while (calls == 0)
        usleep(1000);
    waitpid(child, NULL, 0);
    printf("handler: %s, SIGINT blocked: %d, SIGCHLD blocked: %d, called: %s\n",
           now.sa_handler == on_child ? "ours" : "not ours", sigismember(&mask, SIGINT),
           sigismember(&mask, SIGCHLD), calls > 0 ? "yes" : "no");
    return 0;
}
