/*
 * argsort_pairs.c - (key, index) pairs: LSD radix sort, 11 bits of the key
 * per pass, skipping digits that are the same in every key.  LSD radix sort
 * is stable, and pairs enter in index order.
 */
#include <string.h>

#include "argsort.h"

#define DIGIT_BITS 11
#define DIGITS ((64 + DIGIT_BITS - 1) / DIGIT_BITS)
#define RADIX (1u << DIGIT_BITS)

static inline unsigned digit(uint64_t key, int d) {
    return (unsigned)(key >> (d * DIGIT_BITS)) & (RADIX - 1);
}

static void histograms(const struct sort_pair *a, size_t n, uint32_t hist[DIGITS][RADIX]) {
    memset(hist, 0, DIGITS * RADIX * sizeof hist[0][0]);
    for (size_t i = 0; i < n; i++) {
        uint64_t k = a[i].key;
        for (int d = 0; d < DIGITS; d++)
            hist[d][digit(k, d)]++;
    }
}

static void scatter(const struct sort_pair *src, struct sort_pair *dst, size_t n, int d,
                    const uint32_t count[RADIX]) {
    size_t next[RADIX], sum = 0;

    for (unsigned b = 0; b < RADIX; b++) {
        next[b] = sum;
        sum += count[b];
    }
    for (size_t i = 0; i < n; i++)
        dst[next[digit(src[i].key, d)]++] = src[i];
}

static void radix_sort(const struct sort_cmp *c, void *a, void *tmp, size_t n) {
    uint32_t hist[DIGITS][RADIX];
    struct sort_pair *src = a, *dst = tmp;

    (void)c;
    histograms(src, n, hist);
    for (int d = 0; d < DIGITS; d++) {
        struct sort_pair *t;
        if (n == 0 || hist[d][digit(src[0].key, d)] == n)
            continue;
        scatter(src, dst, n, d, hist[d]);
        t = src;
        src = dst;
        dst = t;
    }
    if (src != a)
        memcpy(a, src, n * sizeof *src);
}

static size_t split_pairs(const struct sort_cmp *c, const void *va, size_t na, const void *vb,
                          size_t nb, size_t diag) {
    const struct sort_pair *a = va, *b = vb;
    size_t lo = diag > nb ? diag - nb : 0, hi = diag < na ? diag : na;

    (void)c;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid].key <= b[diag - 1 - mid].key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void merge_pairs(const struct sort_cmp *c, const void *va, size_t na, const void *vb,
                        size_t nb, void *vout) {
    const struct sort_pair *a = va, *b = vb, *a_end = a + na, *b_end = b + nb;
    struct sort_pair *out = vout;

    (void)c;
    while (a < a_end && b < b_end) {
        int take_b = b->key < a->key;
        *out++ = take_b ? *b : *a;
        b += take_b;
        a += !take_b;
    }
    memcpy(out, a, (size_t)(a_end - a) * sizeof *a);
    memcpy(out + (a_end - a), b, (size_t)(b_end - b) * sizeof *b);
}

const struct sort_kind __sm_sort_pairs = {
    .elem_size = sizeof(struct sort_pair),
    .sort = radix_sort,
    .split = split_pairs,
    .merge = merge_pairs,
};
