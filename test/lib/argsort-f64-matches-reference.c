// sm_argsort_f64 gives the permutation of a reference stable sort (NaNs
// last, -0.0 equal to 0.0) for keys with many duplicates, for sizes 0 to
// 10^6 and 1 to 4 workers.
// RUN: %rtcc -lm
// RUN: for n in 1 2 3 4; do %t $n; done | FileCheck %s
// CHECK-COUNT-4: sizes 0 1 2 1000 1000000: all match
#include <math.h>
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

struct ref {
    double key;
    size_t idx;
};

static int rank(double x) {
    return isnan(x) ? 1 : 0;
}

static int ref_cmp(const void *pa, const void *pb) {
    const struct ref *a = pa, *b = pb;
    if (rank(a->key) != rank(b->key))
        return rank(a->key) - rank(b->key);
    if (!isnan(a->key) && a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return (a->idx > b->idx) - (a->idx < b->idx);
}

static double random_key(void) {
    switch (rand() % 50) {
    case 0:
        return NAN;
    case 1:
        return -NAN;
    case 2:
        return -0.0;
    case 3:
        return -INFINITY;
    default:
        return (double)(rand() % 2000 - 1000) / 8;
    }
}

static int check(size_t n) {
    double *keys = malloc((n + 1) * sizeof *keys);
    size_t *perm = malloc((n + 1) * sizeof *perm);
    struct ref *ref = malloc((n + 1) * sizeof *ref);
    int ok = 1;
    for (size_t i = 0; i < n; i++)
        ref[i] = (struct ref){keys[i] = random_key(), i};
    qsort(ref, n, sizeof *ref, ref_cmp);
    if (sm_argsort_f64(keys, n, perm) != 0)
        return printf("n=%zu: %s\n", n, sm_last_error()), 0;
    for (size_t i = 0; i < n && ok; i++)
        if (perm[i] != ref[i].idx)
            ok = printf("n=%zu: perm[%zu]=%zu, reference %zu\n", n, i, perm[i], ref[i].idx) < 0;
    free(keys);
    free(perm);
    free(ref);
    return ok;
}

int main(int argc, char **argv) {
    static const size_t sizes[] = {0, 1, 2, 1000, 1000000};
    int ok = 1;
    (void)argc;
    sm_set_num_workers(atoi(argv[1]));
    srand(42);
    for (int i = 0; i < 5; i++)
        ok &= check(sizes[i]);
    printf("sizes 0 1 2 1000 1000000: %s\n", ok ? "all match" : "MISMATCH");
    return 0;
}
