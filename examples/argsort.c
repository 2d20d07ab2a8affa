/*
 * argsort - sort ten million random doubles by index with sm_argsort_f64
 * and check the result.
 *
 * usage: argsort [N]   (default 10000000)
 *
 * perm[i] is the index of the i-th smallest key; equal keys keep their
 * index order.  SM_NUM_WORKERS sets the number of workers.
 */
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

static int check(const double *keys, const size_t *perm, size_t n) {
    for (size_t i = 1; i < n; i++) {
        double a = keys[perm[i - 1]], b = keys[perm[i]];
        if (a > b || (a == b && perm[i - 1] > perm[i])) {
            fprintf(stderr, "argsort: wrong order at %zu\n", i);
            return 1;
        }
    }
    return 0;
}

int main(int argc, char **argv) {
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000000;
    double *keys = malloc(n * sizeof *keys + 1);
    size_t *perm = malloc(n * sizeof *perm + 1);
    double t0;

    if (!keys || !perm) {
        fprintf(stderr, "argsort: out of memory\n");
        return 1;
    }
    srand(1);
    for (size_t i = 0; i < n; i++)
        keys[i] = (double)(rand() % 1000000) / 1000;
    t0 = sm_wtime();
    if (sm_argsort_f64(keys, n, perm) != 0) {
        fprintf(stderr, "argsort: %s\n", sm_last_error());
        return 1;
    }
    printf("sorted %zu keys with %d workers in %.3f s\n", n, sm_max_workers(), sm_wtime() - t0);
    if (n > 0)
        printf("smallest %.3f (index %zu), largest %.3f (index %zu)\n", keys[perm[0]], perm[0],
               keys[perm[n - 1]], perm[n - 1]);
    return check(keys, perm, n);
}
