// libsharedmem-omp.a: sm_set_num_workers sets the team size, n < 1 restores
// the default (SM_NUM_WORKERS), and debug mode forces one thread without
// forgetting the requested size.
// RUN: %smcc --sm-backend=openmp %s -o %t
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// CHECK: requested 2 debug 1 after-debug 2 default 3
#include <sharedmem.h>
#include <stdio.h>

static int team_size(void) {
    int n = 0;
#pragma omp parallel
#pragma omp master
    n = sm_num_workers();
    return n;
}

int main(void) {
    sm_set_num_workers(2);
    int requested = team_size();
    sm_set_debug(1);
    int debug = team_size();
    sm_set_debug(0);
    int after_debug = team_size();
    sm_set_num_workers(0);
    printf("requested %d debug %d after-debug %d default %d\n", requested, debug, after_debug,
           team_size());
    return 0;
}
