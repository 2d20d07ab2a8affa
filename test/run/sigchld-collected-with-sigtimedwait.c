// A program that blocks SIGCHLD and collects it with sigtimedwait still
// finds it pending after a region for a child that ended before or during
// the region.
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3; do SM_NUM_WORKERS=$n %t 0; SM_NUM_WORKERS=$n %t 200000; done > %t.out
// RUN: FileCheck %s < %t.out
// CHECK-COUNT-6: pending: 1, sigtimedwait: SIGCHLD
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    sigset_t chld, pending;
    struct timespec timeout = {2, 0};
    (void)argc;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    pid_t child = fork();
    if (child == 0)
        _exit(0);
    usleep(100000);
#pragma sm parallel
    usleep((useconds_t)atoi(argv[1]));
    sigpending(&pending);
    int sig = sigtimedwait(&chld, NULL, &timeout);
    printf("pending: %d, sigtimedwait: %s\n", sigismember(&pending, SIGCHLD),
           sig == SIGCHLD ? "SIGCHLD" : "nothing");
    waitpid(child, NULL, 0);
    return 0;
}
