// The master reduces results while workers still compute: jobs 1.. wait
// until the master has reduced job 0, which only works if reduce runs as
// results arrive rather than after the last job.
// RUN: %rtcc
// RUN: for n in 1 2 3; do timeout 100 %t $n; done | FileCheck %s
// CHECK-COUNT-3: rc=0, job 0 was reduced before jobs 1-5 finished
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static int work(size_t job, void *result, void *arg) {
    volatile int *reduced0 = arg;
    (void)result;
    for (int i = 0; job > 0 && i < 30000 && !*reduced0; i++)
        usleep(1000);
    return job > 0 && !*reduced0 ? 1 : 0;
}

static void reduce(size_t job, const void *result, void *arg) {
    int *reduced0 = arg;
    (void)result;
    if (job == 0)
        *reduced0 = 1;
}

int main(int argc, char **argv) {
    int *reduced0 = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    sm_map_options opts = {.num_workers = atoi(argv[1])};
    int rc = sm_map(6, 8, work, reduce, reduced0, &opts);
    (void)argc;
    printf("rc=%d, job 0 was reduced before jobs 1-5 finished\n", rc);
    if (rc)
        printf("%s\n", sm_last_error());
    return 0;
}
