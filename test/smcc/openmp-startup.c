// --sm-backend=openmp: SM_NUM_WORKERS and SM_DEBUG=1 set the team size even
// in a program that calls no sm_ function.
// RUN: %smcc --sm-backend=openmp %s -o %t
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s --check-prefix=THREE
// RUN: SM_NUM_WORKERS=3 SM_DEBUG=1 %t | FileCheck %s --check-prefix=DEBUG
// THREE: team 3
// DEBUG: team 1
#include <omp.h>
#include <stdio.h>

int main(void) {
    int team = 0;
#pragma sm parallel shared(team)
    {
#pragma sm master
        team = omp_get_num_threads();
    }
    printf("team %d\n", team);
    return 0;
}
