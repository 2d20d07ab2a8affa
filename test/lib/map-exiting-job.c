// A job that calls exit() ends its worker early: sm_map reports it as a
// failure of that job instead of waiting for results that never come.
// RUN: %rtcc
// RUN: timeout 20 %t | FileCheck %s
// CHECK: rc=-1 [sm_map: job 3 failed in worker {{[12]}} (pid {{[0-9]+}}): exited with status 0]
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

static int work(size_t job, void *result, void *arg) {
    (void)result;
    (void)arg;
    if (job == 3)
        exit(0);
    return 0;
}

int main(void) {
    sm_map_options opts = {.num_workers = 2};
    int rc = sm_map(10, 8, work, NULL, NULL, &opts);
    printf("rc=%d [%s]\n", rc, sm_last_error());
    return 0;
}
