// sm_map succeeds when the program, not the runtime, reaps its workers:
// SIGCHLD ignored, or a handler calling waitpid(-1).
// RUN: %rtcc
// RUN: for how in ignore reap; do SM_NUM_WORKERS=3 %t $how; done | FileCheck %s
// CHECK: ignore: rc=0 sum=499500
// CHECK-NEXT: reap: rc=0 sum=499500
#include <sharedmem.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

static int work(size_t job, void *result, void *arg) {
    (void)arg;
    *(long *)result = (long)job;
    return 0;
}

static void reduce(size_t job, const void *result, void *arg) {
    (void)job;
    *(long *)arg += *(const long *)result;
}

static void reap_all(int sig) {
    (void)sig;
    while (waitpid(-1, NULL, WNOHANG) > 0)
        ;
}

int main(int argc, char **argv) {
    long sum = 0;
    (void)argc;
    signal(SIGCHLD, strcmp(argv[1], "ignore") == 0 ? SIG_IGN : reap_all);
    int rc = sm_map(1000, sizeof(long), work, reduce, &sum, NULL);
    printf("%s: rc=%d sum=%ld %s\n", argv[1], rc, sum, rc ? sm_last_error() : "");
    return 0;
}
