// Called inside a parallel region, sm_argsort_f64 runs in the calling
// worker alone (a team of one) and still sorts correctly.
// RUN: %rtcc
// RUN: %t | sort | FileCheck %s
// CHECK: worker 0: sorted
// CHECK: worker 1: sorted
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

#define N 100000

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    static double keys[N];
    static size_t perm[N];
    int w, ok = 1;
    for (size_t i = 0; i < N; i++)
        keys[i] = (double)((i * 7919) % N);
    w = __sm_parallel_begin(&loc, 2, 1);
    if (sm_argsort_f64(keys, N, perm) != 0)
        ok = 0;
    for (size_t i = 0; i < N && ok; i++)
        ok = keys[perm[i]] == (double)i;
    printf("worker %d: %s (in parallel: %d)\n", w, ok ? "sorted" : "NOT sorted", sm_in_parallel());
    fflush(stdout);
    __sm_barrier(&loc);
    __sm_parallel_end();
    return 0;
}
