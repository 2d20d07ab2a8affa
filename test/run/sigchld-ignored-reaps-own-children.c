// A program that ignores SIGCHLD gets no zombie for a child of its own that
// ends during a region: the runtime reaps it at the join, as the kernel
// would have.
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-3: zombie: no, waitpid: ECHILD
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    signal(SIGCHLD, SIG_IGN);
    pid_t child = fork();
    if (child == 0) {
        usleep(50000);
        _exit(0);
    }
#pragma sm parallel
    usleep(300000);
    siginfo_t info = {0};
    int zombie =
        waitid(P_PID, (id_t)child, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == child;
    errno = 0;
    pid_t r = waitpid(child, NULL, WNOHANG);
    printf("zombie: %s, waitpid: %s\n", zombie ? "yes" : "no",
           r < 0 && errno == ECHILD ? "ECHILD" : "child still there");
    return 0;
}
