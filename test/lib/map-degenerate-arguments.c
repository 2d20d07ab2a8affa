// NULL reduce, a zero result size and zero jobs are all accepted; a NULL
// work function is EINVAL.
// RUN: %rtcc
// RUN: %t | FileCheck %s
// CHECK: no reduce: rc=0, 100 jobs ran
// CHECK: zero-size results: rc=0, 100 jobs reduced
// CHECK: no jobs: rc=0, 0 jobs ran
// CHECK: no work function: rc=-1, EINVAL
#include <errno.h>
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static int work(size_t job, void *result, void *arg) {
    (void)job;
    (void)result;
    __atomic_fetch_add((int *)arg, 1, __ATOMIC_RELAXED);
    return 0;
}

static void reduce(size_t job, const void *result, void *arg) {
    (void)job;
    (void)result;
    (void)arg;
    __atomic_fetch_add((int *)arg, 1000, __ATOMIC_RELAXED);
}

int main(void) {
    int *ran = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    sm_map_options opts = {.num_workers = 2};
    int rc = sm_map(100, 16, work, NULL, ran, &opts);
    printf("no reduce: rc=%d, %d jobs ran\n", rc, *ran);
    *ran = 0;
    rc = sm_map(100, 0, work, reduce, ran, &opts);
    printf("zero-size results: rc=%d, %d jobs reduced\n", rc, *ran / 1000);
    *ran = 0;
    rc = sm_map(0, 8, work, reduce, ran, &opts);
    printf("no jobs: rc=%d, %d jobs ran\n", rc, *ran);
    errno = 0;
    rc = sm_map(10, 8, NULL, reduce, ran, &opts);
    printf("no work function: rc=%d, %s\n", rc, errno == EINVAL ? "EINVAL" : "wrong errno");
    return 0;
}
