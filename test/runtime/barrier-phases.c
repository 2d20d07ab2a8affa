// Writes before a barrier are visible to every worker after it, over many
// phases: in phase p each worker writes its cell, then reads all cells.
// RUN: %rtcc
// RUN: for n in 1 2 3 4 8; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK: 1 workers: 500 phases, 0 errors
// CHECK-NEXT: 2 workers: 500 phases, 0 errors
// CHECK-NEXT: 3 workers: 500 phases, 0 errors
// CHECK-NEXT: 4 workers: 500 phases, 0 errors
// CHECK-NEXT: 8 workers: 500 phases, 0 errors
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc bar_loc = {__FILE__, __LINE__, 1, "barrier"};

int main(void) {
    volatile int *cell =
        mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int *errors = (int *)cell + 512;
    int id = __sm_parallel_begin(&loc, 0, 1);
    int n = sm_num_workers();
    for (int p = 1; p <= 500; p++) {
        cell[id] = p;
        __sm_barrier(&bar_loc);
        for (int w = 0; w < n; w++)
            if (cell[w] != p)
                __atomic_fetch_add(errors, 1, __ATOMIC_SEQ_CST);
        __sm_barrier(&bar_loc);
    }
    n = __sm_parallel_end();
    printf("%d workers: 500 phases, %d errors\n", n, *errors);
    return *errors != 0;
}
