// A job whose work function returns nonzero makes sm_map return -1 with a
// message naming the job, the worker and the code; the program goes on and
// no worker process is left behind.
// RUN: %rtcc
// RUN: for n in 1 2 4; do timeout 20 %t $n; done | FileCheck %s
// CHECK-COUNT-3: sm_map: job 17 failed in worker {{[1-4] .pid [0-9]+.}}: returned 3 rc=-1 ok
#include <errno.h>
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static int work(size_t job, void *result, void *arg) {
    (void)result;
    (void)arg;
    if (job == 17)
        return 3;
    if (job > 17)
        sleep(1);
    return 0;
}

int main(int argc, char **argv) {
    sm_map_options opts = {.num_workers = atoi(argv[1])};
    int rc = sm_map(40, 8, work, NULL, NULL, &opts);
    int none_left = waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD;
    (void)argc;
    printf("%s rc=%d %s\n", sm_last_error(), rc, none_left ? "ok" : "CHILDREN LEFT");
    return 0;
}
