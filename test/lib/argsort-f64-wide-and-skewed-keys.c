// sm_argsort_f64 matches a reference stable sort for keys spread over the
// whole range of doubles (every radix digit differs) and for keys where
// most are equal (one huge bucket), for 1 to 4 workers.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do %t $n; done | FileCheck %s
// CHECK-COUNT-4: wide: match, skewed: match
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 300000

struct ref {
    double key;
    size_t idx;
};

static int ref_cmp(const void *pa, const void *pb) {
    const struct ref *a = pa, *b = pb;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return (a->idx > b->idx) - (a->idx < b->idx);
}

static double wide_key(void) {
    uint64_t bits = (uint64_t)rand() << 42 ^ (uint64_t)rand() << 21 ^ (uint64_t)rand();
    double x;
    bits &= ~(UINT64_C(0x7ff) << 52) | (UINT64_C(0x7fe) << 52); /* finite */
    memcpy(&x, &bits, sizeof x);
    return x;
}

static double skewed_key(void) {
    return rand() % 10 ? 1.5 : (double)rand();
}

static const char *check(double (*key)(void)) {
    static double keys[N];
    static size_t perm[N];
    static struct ref ref[N];
    for (size_t i = 0; i < N; i++)
        ref[i] = (struct ref){keys[i] = key(), i};
    qsort(ref, N, sizeof ref[0], ref_cmp);
    if (sm_argsort_f64(keys, N, perm) != 0)
        return sm_last_error();
    for (size_t i = 0; i < N; i++)
        if (perm[i] != ref[i].idx)
            return "MISMATCH";
    return "match";
}

int main(int argc, char **argv) {
    (void)argc;
    sm_set_num_workers(atoi(argv[1]));
    srand(7);
    printf("wide: %s, ", check(wide_key));
    printf("skewed: %s\n", check(skewed_key));
    return 0;
}
