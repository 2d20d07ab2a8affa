// Ordinary variables are private: writes by workers other than the master
// vanish at the end of the region, the master's persist.
// RUN: %rtcc
// RUN: for n in 1 2 4; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-3: x=100 y=7
#include <sharedmem.h>
#include <stdio.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static int x = 7;

int main(void) {
    int y = 7;
    int id = __sm_parallel_begin(&loc, 0, 1);
    if (id == 0)
        x = 100;
    else
        y = 100 + id;
    __sm_parallel_end();
    printf("x=%d y=%d\n", x, y);
    return 0;
}
