// A program ported from OpenMP may keep calling omp_get_thread_num() and
// the other team queries: the runtime answers them as their sm_
// counterparts.
// RUN: %smcc -O2 %s -o %t
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// UNSUPPORTED: serial
// CHECK: outside: thread 0 of 1, max 3, in parallel 0
// CHECK-NEXT: inside: 0/3 1/3 2/3, in parallel 3
// CHECK-NEXT: after omp_set_num_threads(2): max 2
// CHECK-NEXT: procs ok, wtime ok, wtick ok
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    printf("outside: thread %d of %d, max %d, in parallel %d\n", omp_get_thread_num(),
           omp_get_num_threads(), omp_get_max_threads(), omp_in_parallel());
    int *team = calloc(3, sizeof *team), *inside = calloc(3, sizeof *inside);
#pragma sm parallel
    {
        team[omp_get_thread_num()] = omp_get_num_threads();
        inside[omp_get_thread_num()] = omp_in_parallel() != 0;
    }
    printf("inside: 0/%d 1/%d 2/%d, in parallel %d\n", team[0], team[1], team[2],
           inside[0] + inside[1] + inside[2]);
    omp_set_num_threads(2);
    printf("after omp_set_num_threads(2): max %d\n", omp_get_max_threads());
    double t0 = omp_get_wtime(), t1 = omp_get_wtime();
    printf("procs %s, wtime %s, wtick %s\n", omp_get_num_procs() >= 1 ? "ok" : "bad",
           t1 >= t0 && t0 > 0 ? "ok" : "bad",
           omp_get_wtick() > 0 && omp_get_wtick() < 1e-3 ? "ok" : "bad");
    free(team);
    free(inside);
    return 0;
}
