/*
 * argsort_bench - sm_argsort_f64 on random doubles at 1 and 2 workers,
 * against qsort with an index comparator.
 *
 * usage: argsort_bench [n]   (default 2e7).  Times are medians of 3 runs
 * (1 run for qsort, which is slow).
 */
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

static const double *qsort_keys;

static int cmp_index(const void *a, const void *b) {
    double x = qsort_keys[*(const size_t *)a], y = qsort_keys[*(const size_t *)b];
    return (x > y) - (x < y);
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double time_sm(const double *keys, size_t n, size_t *perm, int workers) {
    double t[3];
    sm_set_num_workers(workers);
    for (int i = 0; i < 3; i++) {
        double t0 = sm_wtime();
        if (sm_argsort_f64(keys, n, perm) != 0) {
            fprintf(stderr, "argsort_bench: %s\n", sm_last_error());
            exit(1);
        }
        t[i] = sm_wtime() - t0;
    }
    qsort(t, 3, sizeof t[0], cmp_double);
    return t[1];
}

static double time_qsort(const double *keys, size_t n, size_t *perm) {
    double t0 = sm_wtime();
    for (size_t i = 0; i < n; i++)
        perm[i] = i;
    qsort_keys = keys;
    qsort(perm, n, sizeof *perm, cmp_index);
    return sm_wtime() - t0;
}

int main(int argc, char **argv) {
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 20000000;
    double *keys = malloc(n * sizeof *keys);
    size_t *perm = malloc(n * sizeof *perm);
    double t1, t2, tq;

    srand(1);
    for (size_t i = 0; i < n; i++)
        keys[i] = (double)rand() / RAND_MAX;
    t1 = time_sm(keys, n, perm, 1);
    t2 = time_sm(keys, n, perm, 2);
    tq = time_qsort(keys, n, perm);
    printf("argsort %zu doubles: 1 worker %.3f s, 2 workers %.3f s (%.2fx), "
           "qsort+index cmp %.3f s (%.2fx slower than 2 workers)\n",
           n, t1, t2, t1 / t2, tq, tq / t2);
    return 0;
}
