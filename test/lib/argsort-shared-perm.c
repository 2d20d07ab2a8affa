// A perm in the shared heap is written by the workers directly; the result
// is the same as into private memory, for 1 to 4 workers, typed and
// comparator sorts.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do %t $n; done | FileCheck %s
// CHECK-COUNT-4: shared perm: f64 same, i64 same, cmp same
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 300000

static int cmp_int(const void *a, const void *b) {
    return *(const int *)a - *(const int *)b;
}

static const char *same(const size_t *a, const size_t *b) {
    return memcmp(a, b, N * sizeof *a) == 0 ? "same" : "DIFFERENT";
}

int main(int argc, char **argv) {
    static double f[N];
    static int64_t k[N];
    static int v[N];
    static size_t private_perm[N];
    size_t *shared_perm = sm_malloc(N * sizeof *shared_perm);
    (void)argc;
    sm_set_num_workers(atoi(argv[1]));
    for (size_t i = 0; i < N; i++) {
        v[i] = rand() % 5000;
        f[i] = v[i] / 3.0;
        k[i] = v[i] - 2500;
    }
    sm_argsort_f64(f, N, private_perm);
    sm_argsort_f64(f, N, shared_perm);
    printf("shared perm: f64 %s, ", same(private_perm, shared_perm));
    sm_argsort_i64(k, N, private_perm);
    sm_argsort_i64(k, N, shared_perm);
    printf("i64 %s, ", same(private_perm, shared_perm));
    sm_argsort(v, N, sizeof v[0], cmp_int, private_perm);
    sm_argsort(v, N, sizeof v[0], cmp_int, shared_perm);
    printf("cmp %s\n", same(private_perm, shared_perm));
    return 0;
}
