// lastprivate gives the value of the sequentially last iteration, whatever
// worker ran it; a lastprivate iteration variable ends as after a serial
// loop (its lower bound if there is no iteration); with no iteration
// another lastprivate variable is unchanged.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    int last = -1, i;
    double sq = 0;
#pragma sm parallel for lastprivate(last, sq, i) schedule(dynamic, 3)
    for (i = 0; i < 100; i += 7) {
        last = i;
        sq = i * 0.5;
    }
    printf("last %d sq %g i %d\n", last, sq, i);
    int untouched = 5;
#pragma sm parallel for lastprivate(untouched)
    for (int k = 0; k < 0; k++)
        untouched = k;
    int j = 77;
#pragma sm parallel for lastprivate(j)
    for (j = 3; j < 3; j++)
        ;
    printf("untouched %d j %d\n", untouched, j);
    struct {
        int a[3];
    } s = {{0}};
#pragma sm parallel
    {
#pragma sm for lastprivate(s)
        for (int k = 0; k < 10; k++)
            s.a[k % 3] = k;
        if (sm_worker_id() == 0)
            printf("s %d %d %d\n", s.a[0], s.a[1], s.a[2]);
    }
    return 0;
}
// CHECK: last 98 sq 49 i 105
// CHECK-NEXT: untouched 5 j 3
// Only s.a[0] is written by the last iteration; the rest of the last
// worker's copy may never have been written (a private copy starts
// uninitialised), so it can hold anything.
// CHECK-NEXT: s 9 {{-?[0-9]+}} {{-?[0-9]+}}
