// Equal keys keep index order: 200000 keys taking only three values are
// sorted by key, then by index, by all three sorts, with 1 to 4 workers;
// 200000 identical keys give the identity permutation.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do %t $n; done | FileCheck %s
// CHECK-COUNT-4: f64 stable, i64 stable, cmp stable, all equal: identity
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 200000

static int cmp_int(const void *a, const void *b) {
    return *(const int *)a - *(const int *)b;
}

static const char *verdict(const int *group, const size_t *perm) {
    for (size_t i = 1; i < N; i++) {
        int g0 = group[perm[i - 1]], g1 = group[perm[i]];
        if (g0 > g1 || (g0 == g1 && perm[i - 1] > perm[i]))
            return "NOT stable";
    }
    return "stable";
}

int main(int argc, char **argv) {
    static int group[N];
    static double f[N];
    static int64_t k[N];
    static size_t perm[N];
    (void)argc;
    sm_set_num_workers(atoi(argv[1]));
    for (size_t i = 0; i < N; i++) {
        group[i] = (int)((i * 7919) % 3);
        f[i] = group[i] * 0.5;
        k[i] = group[i] - 1;
    }
    sm_argsort_f64(f, N, perm);
    printf("f64 %s, ", verdict(group, perm));
    sm_argsort_i64(k, N, perm);
    printf("i64 %s, ", verdict(group, perm));
    sm_argsort(group, N, sizeof group[0], cmp_int, perm);
    printf("cmp %s, ", verdict(group, perm));
    for (size_t i = 0; i < N; i++)
        f[i] = 1.5;
    sm_argsort_f64(f, N, perm);
    for (size_t i = 0; i < N; i++)
        if (perm[i] != i)
            return printf("all equal: perm[%zu] = %zu\n", i, perm[i]), 0;
    printf("all equal: identity\n");
    return 0;
}
