// A process the program forks itself, while its parent uses the runtime,
// runs its regions as a team of one (with one warning) instead of sharing
// the parent's team: both get right results, and nothing hangs.
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: env SM_NUM_WORKERS=2 timeout 60 %t 2>&1 | FileCheck %s
// CHECK-DAG: warning: process {{[0-9]+}} was forked by the program while process {{[0-9]+}}
// CHECK-DAG: child: wrong=0 widest team 1
// CHECK-DAG: parent: wrong=0 widest team 2
// CHECK: child exited with 0
#include <sharedmem.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int run(const char *who) {
    int wrong = 0, widest = 0;
    for (int r = 0; r < 100; r++) {
        long s = 0;
#pragma sm parallel for reduction(+ : s) reduction(max : widest) schedule(dynamic, 7)
        for (int i = 0; i < 10000; i++) {
            s += i;
            if (sm_num_workers() > widest)
                widest = sm_num_workers();
        }
        wrong += s != 49995000L;
    }
    printf("%s: wrong=%d widest team %d\n", who, wrong, widest);
    fflush(stdout);
    return wrong;
}

int main(void) {
    int warm = 0, status;
#pragma sm parallel reduction(+ : warm)
    warm++;
    pid_t child = fork();
    if (child == 0)
        _exit(run("child") ? 1 : 0);
    run("parent");
    waitpid(child, &status, 0);
    printf("child exited with %d\n", WEXITSTATUS(status));
    return 0;
}
