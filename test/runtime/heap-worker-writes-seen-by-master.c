// Arrays from sm_malloc, sm_calloc and sm_realloc, filled by the workers of a
// region, hold the workers' values in the master afterwards.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-4: malloc ok calloc ok realloc ok
#include <sharedmem.h>
#include <stdio.h>

#define N 100000

static int check(const long *a, long scale) {
    for (long i = 0; i < N; i++)
        if (a[i] != i * scale)
            return 0;
    return 1;
}

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    long *m = sm_malloc(N * sizeof *m);
    long *c = sm_calloc(N, sizeof *c);
    long *r = sm_realloc(sm_malloc(16), N * sizeof *r);
    __sm_parallel_begin(&loc, 0, 1);
    int id = sm_worker_id(), nw = sm_num_workers();
    for (long i = id; i < N; i += nw) {
        m[i] = i;
        c[i] = 2 * i;
        r[i] = 3 * i;
    }
    __sm_parallel_end();
    printf("malloc %s calloc %s realloc %s\n", check(m, 1) ? "ok" : "BAD",
           check(c, 2) ? "ok" : "BAD", check(r, 3) ? "ok" : "BAD");
    sm_free(m);
    sm_free(c);
    sm_free(r);
    return 0;
}
