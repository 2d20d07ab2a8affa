// A job that crashes its worker makes sm_map return -1 (the program is not
// terminated), the message names the job and the signal, the other workers
// (busy in long jobs) are stopped and no process is left.
// RUN: %rtcc
// ASan would catch the SIGSEGV and exit(1); let it kill the worker instead.
// RUN: for n in 1 2 3; do ASAN_OPTIONS=handle_segv=0 timeout 20 %t $n; done | FileCheck %s
// CHECK-COUNT-3: sm_map: job 5 failed in worker {{[1-3] .pid [0-9]+.}}: killed by SIGSEGV rc=-1 ok
#include <errno.h>
#include <sharedmem.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static int work(size_t job, void *result, void *arg) {
    (void)result;
    (void)arg;
    if (job == 5)
        raise(SIGSEGV);
    if (job > 5)
        sleep(60);
    return 0;
}

int main(int argc, char **argv) {
    sm_map_options opts = {.num_workers = atoi(argv[1])};
    int rc = sm_map(20, 8, work, NULL, NULL, &opts);
    int none_left = waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD;
    (void)argc;
    printf("%s rc=%d %s\n", sm_last_error(), rc, none_left ? "ok" : "CHILDREN LEFT");
    return 0;
}
