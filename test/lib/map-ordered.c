// Ordered mode calls reduce in job order even when jobs finish out of order
// (early jobs are the slow ones).
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do %t $n; done | FileCheck %s
// CHECK-COUNT-4: 300 jobs reduced in order
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NJOBS 300

static int work(size_t job, void *result, void *arg) {
    (void)arg;
    if (job % 50 == 0)
        usleep(20000);
    *(size_t *)result = job;
    return 0;
}

static void reduce(size_t job, const void *result, void *arg) {
    size_t *next = arg;
    if (job != *next || *(const size_t *)result != job)
        printf("expected job %zu, got job %zu with result %zu\n", *next, job,
               *(const size_t *)result);
    *next = job + 1;
}

int main(int argc, char **argv) {
    size_t next = 0;
    sm_map_options opts = {.ordered = 1, .num_workers = atoi(argv[1])};
    (void)argc;
    if (sm_map(NJOBS, sizeof(size_t), work, reduce, &next, &opts) == 0)
        printf("%zu jobs reduced in order\n", next);
    return 0;
}
