// The typed sorts guess the top radix digit from a sample of the keys; a
// key the sample misses that differs in a higher bit (one huge key, or one
// NaN, among small ones) still sorts right, for 1 to 3 workers.
// RUN: %rtcc
// RUN: for n in 1 2 3; do %t $n; done | FileCheck %s
// CHECK-COUNT-3: huge key: last, sorted; NaN: last, sorted
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

#define N 300001
#define ODD 123457 /* no multiple of any sample step */

static const char *verdict(const double *keys, const size_t *perm) {
    for (size_t i = 1; i < N - 1; i++)
        if (keys[perm[i - 1]] > keys[perm[i]] ||
            (keys[perm[i - 1]] == keys[perm[i]] && perm[i - 1] > perm[i]))
            return "NOT sorted";
    return perm[N - 1] == ODD ? "last, sorted" : "NOT last";
}

int main(int argc, char **argv) {
    double *keys = malloc(N * sizeof *keys);
    size_t *perm = malloc(N * sizeof *perm);
    (void)argc;
    sm_set_num_workers(atoi(argv[1]));
    srand(13);
    for (size_t i = 0; i < N; i++)
        keys[i] = (double)(rand() % 1000) / 1000;
    keys[ODD] = 1e300;
    sm_argsort_f64(keys, N, perm);
    printf("huge key: %s; ", verdict(keys, perm));
    keys[ODD] = 0.0 / 0.0;
    sm_argsort_f64(keys, N, perm);
    printf("NaN: %s\n", verdict(keys, perm));
    free(keys);
    free(perm);
    return 0;
}
