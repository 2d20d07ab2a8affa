// Text buffered by stdio before a region is printed once, not once per
// worker (the master flushes before forking).  Output goes to a file, so
// stdout is fully buffered.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 %t > %t.out && FileCheck %s < %t.out
// CHECK: before-region after-region
// CHECK-NOT: before-region
#include <sharedmem.h>
#include <stdio.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

int main(void) {
    printf("before-region ");
    __sm_parallel_begin(&loc, 0, 1);
    __sm_parallel_end();
    printf("after-region\n");
    return 0;
}
