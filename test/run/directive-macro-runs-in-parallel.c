// A directive written as a macro from a header (#define NAME
// _Pragma("sm ...")) runs the loop on the whole team, as '#pragma sm' would.
// RUN: %smcc -O2 %s -o %t
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// UNSUPPORTED: serial
// CHECK: sum 44850 workers 3
#include "../diag/Inputs/directive-macros.h"
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int *ran = calloc(3, sizeof *ran);
    long sum = 0;
    SM_PARALLEL_FOR_SUM
    for (int i = 0; i < 300; i++) {
        sum += i;
        ran[sm_worker_id()] = 1;
    }
    printf("sum %ld workers %d\n", sum, ran[0] + ran[1] + ran[2]);
    free(ran);
    return 0;
}
