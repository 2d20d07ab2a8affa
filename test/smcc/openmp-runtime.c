// --sm-backend=openmp links libsharedmem-omp.a: the sm_ API over OpenMP
// threads, with SM_NUM_WORKERS and sm_set_debug honoured.
// RUN: %smcc --sm-backend=openmp %s -o %t
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// CHECK: team 3 shared 1
// CHECK-NEXT: debug team 1
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    int *size = sm_zeros(1, sizeof *size);
#pragma omp parallel
    if (sm_worker_id() == 0)
        *size = sm_num_workers();
    printf("team %d shared %d\n", *size, sm_is_shared(size));
    sm_set_debug(1);
#pragma omp parallel
    *size = sm_num_workers();
    printf("debug team %d\n", *size);
    sm_free(size);
    return 0;
}
