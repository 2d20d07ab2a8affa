// Inside a map worker the runtime knows it is in a parallel region: a
// region opened by a job runs as a team of one in that worker.
// RUN: %rtcc
// RUN: timeout 20 %t | FileCheck %s
// CHECK: rc=0, 8 jobs: in parallel, nested team of 1
#include <sharedmem.h>
#include <stdio.h>

static int work(size_t job, void *result, void *arg) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    int *r = result;
    (void)job;
    (void)arg;
    r[0] = sm_in_parallel();
    __sm_parallel_begin(&loc, 4, 1);
    r[1] = sm_num_workers();
    __sm_parallel_end();
    return 0;
}

static void reduce(size_t job, const void *result, void *arg) {
    const int *r = result;
    int *ok = arg;
    (void)job;
    *ok &= r[0] == 1 && r[1] == 1;
}

int main(void) {
    int ok = 1;
    sm_map_options opts = {.num_workers = 2};
    int rc = sm_map(8, 2 * sizeof(int), work, reduce, &ok, &opts);
    printf("rc=%d, 8 jobs: %s\n", rc, ok ? "in parallel, nested team of 1" : "NOT nested");
    return 0;
}
