// --sm-backend=openmp: the directives become OpenMP, the program runs on
// libgomp threads with the sm_ API of libsharedmem-omp.a.
// RUN: %smcc --sm-backend=openmp %s -o %t
// RUN: nm %t | FileCheck %s --check-prefix=SYMBOLS
// SYMBOLS: GOMP_parallel
// SYMBOLS-NOT: __sm_parallel_begin
// RUN: for n in 1 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK: sum 5050 team 1
// CHECK-NEXT: sum 5050 team 3
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    long sum = 0;
    int team = 0;
#pragma sm parallel for reduction(+ : sum)
    for (int i = 1; i <= 100; i++) {
        sum += i;
        if (i == 1)
            team = sm_num_workers();
    }
    printf("sum %ld team %d\n", sum, team);
    return 0;
}
