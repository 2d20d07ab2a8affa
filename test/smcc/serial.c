// --sm-serial: directives become plain serial C; no runtime call remains.
// RUN: %smcc --sm-serial -c %s -o %t.o
// RUN: nm %t.o | not grep -e __sm_parallel_begin -e __sm_loop_begin
// RUN: %smcc --sm-serial %s -o %t
// RUN: SM_NUM_WORKERS=4 %t | FileCheck %s
// CHECK: sum 5050 workers 1
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    long sum = 0;
    int workers = 0;
#pragma sm parallel for reduction(+ : sum)
    for (int i = 1; i <= 100; i++) {
        sum += i;
        workers = sm_num_workers();
    }
    printf("sum %ld workers %d\n", sum, workers);
    return 0;
}
