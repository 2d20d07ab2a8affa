// sm_argsort with a comparator on 3-byte and 40-byte elements matches a
// reference stable sort, for 1 to 4 workers and sizes up to 200000.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do %t $n; done | FileCheck %s
// CHECK-COUNT-4: 3-byte ok, 40-byte ok
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t elem_size;
static const unsigned char *elems;

/* Compares the first two bytes only, so ties are frequent. */
static int cmp_prefix(const void *a, const void *b) {
    return memcmp(a, b, 2);
}

static int ref_cmp(const void *a, const void *b) {
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    int c = cmp_prefix(elems + i * elem_size, elems + j * elem_size);
    return c ? c : (i > j) - (i < j);
}

static const char *check(size_t size, size_t n) {
    unsigned char *data = malloc(n * size + 1);
    size_t *perm = malloc(n * sizeof *perm + 1), *ref = malloc(n * sizeof *ref + 1);
    const char *verdict = "ok";
    for (size_t i = 0; i < n * size; i++)
        data[i] = (unsigned char)(rand() % 5);
    for (size_t i = 0; i < n; i++)
        ref[i] = i;
    elem_size = size;
    elems = data;
    qsort(ref, n, sizeof *ref, ref_cmp);
    if (sm_argsort(data, n, size, cmp_prefix, perm) != 0 ||
        memcmp(perm, ref, n * sizeof *perm) != 0)
        verdict = "MISMATCH";
    free(data);
    free(perm);
    free(ref);
    return verdict;
}

int main(int argc, char **argv) {
    static const size_t sizes[] = {0, 1, 2, 1000, 200000};
    const char *v3 = "ok", *v40 = "ok";
    (void)argc;
    sm_set_num_workers(atoi(argv[1]));
    for (int i = 0; i < 5; i++) {
        const char *a = check(3, sizes[i]), *b = check(40, sizes[i]);
        v3 = strcmp(a, "ok") ? a : v3;
        v40 = strcmp(b, "ok") ? b : v40;
    }
    printf("3-byte %s, 40-byte %s\n", v3, v40);
    return 0;
}
