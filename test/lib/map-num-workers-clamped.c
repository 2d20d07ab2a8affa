// num_workers above the team limit is clamped with a warning, like a
// region's num_threads: every job runs and is reduced.
// RUN: %rtcc
// RUN: %t 2>&1 | FileCheck %s
// CHECK: sharedmem: warning: team size 3000 clamped to 256
// CHECK-NEXT: rc=0 reduced=3000
#include <sharedmem.h>
#include <stdio.h>

static int work(size_t job, void *result, void *arg) {
    (void)arg;
    *(size_t *)result = job;
    return 0;
}

static void reduce(size_t job, const void *result, void *arg) {
    if (*(const size_t *)result == job)
        ++*(long *)arg;
}

int main(void) {
    long reduced = 0;
    sm_map_options opts = {.num_workers = 3000};
    int rc = sm_map(3000, sizeof(size_t), work, reduce, &reduced, &opts);
    printf("rc=%d reduced=%ld\n", rc, reduced);
    return 0;
}
