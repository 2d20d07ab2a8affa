// sm_realloc keeps a block's contents through every kind of move: small to
// small, small to large, large grown in place or moved, shrunk to small, in
// the master and in workers on blocks another process allocated.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// CHECK: master: contents kept
// CHECK-NEXT: worker 1: contents kept
// CHECK-NEXT: worker 2: contents kept
#include <sharedmem.h>
#include <stdio.h>

static const size_t steps[] = {10, 100, 3000, 40000, 1 << 20, 3 << 20, 5000, 70000, 24, 1};
#define NSTEPS (sizeof steps / sizeof *steps)

/* Grows and shrinks p through steps, checking the kept prefix each time. */
static int walk(unsigned char *p, unsigned char tag) {
    size_t size = steps[0];
    for (size_t i = 0; i < size; i++)
        p[i] = (unsigned char)(tag + i);
    for (size_t s = 1; s < NSTEPS; s++) {
        p = sm_realloc(p, steps[s]);
        size_t kept = size < steps[s] ? size : steps[s];
        for (size_t i = 0; i < kept; i++)
            if (p[i] != (unsigned char)(tag + i))
                return 0;
        for (size_t i = kept; i < steps[s]; i++)
            p[i] = (unsigned char)(tag + i);
        size = steps[s];
    }
    sm_free(p);
    return 1;
}

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    int *ok = sm_zeros(8, sizeof *ok);
    unsigned char **start = sm_zeros(8, sizeof *start);
    for (int w = 0; w < 3; w++)
        start[w] = sm_malloc(steps[0]);
    __sm_parallel_begin(&loc, 3, 1);
    int id = sm_worker_id();
    ok[id] = walk(start[id], (unsigned char)(id * 40));
    __sm_parallel_end();
    printf("master: contents %s\n", ok[0] ? "kept" : "LOST");
    for (int w = 1; w < 3; w++)
        printf("worker %d: contents %s\n", w, ok[w] ? "kept" : "LOST");
    return 0;
}
