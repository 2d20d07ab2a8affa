// libgomp's threads do not survive fork(): a worker whose master had run an
// OpenMP parallel region would wait forever at its own next one. While a
// team of processes (a region, or sm_map's workers) runs, OpenMP regions
// run with one thread instead, and the master's OpenMP is as before after.
// RUN: %smcc -O2 -fopenmp %s -o %t
// RUN: SM_NUM_WORKERS=2 timeout 60 %t | FileCheck %s
// UNSUPPORTED: serial
// CHECK: before 2
// CHECK-NEXT: region 1 1
// CHECK-NEXT: map 1
// CHECK-NEXT: after 2
#include <omp.h>
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

static int omp_team_size(void) {
    int n = 0;
#pragma omp parallel num_threads(2)
#pragma omp master
    n = omp_get_num_threads();
    return n;
}

static int job(size_t j, void *result, void *arg) {
    (void)j, (void)arg;
    *(int *)result = omp_team_size();
    return 0;
}

static void keep_largest(size_t j, const void *result, void *arg) {
    (void)j;
    if (*(const int *)result > *(int *)arg)
        *(int *)arg = *(const int *)result;
}

int main(void) {
    printf("before %d\n", omp_team_size());
    int *in_region = calloc(2, sizeof *in_region);
#pragma sm parallel
    in_region[sm_worker_id()] = omp_team_size();
    printf("region %d %d\n", in_region[0], in_region[1]);
    int largest = 0;
    if (sm_map(4, sizeof(int), job, keep_largest, &largest, NULL) != 0)
        return 1;
    printf("map %d\n", largest);
    printf("after %d\n", omp_team_size());
    free(in_region);
    return 0;
}
