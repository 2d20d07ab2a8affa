/*
 * argsort_pairs.c - (key, index) pairs: radix sort, merge and merge-path
 * split.
 *
 * A block is sorted with one most-significant-digit pass on the 11 highest
 * bits that differ between its keys, straight from the user's keys into
 * the block's place, which cuts it into buckets that mostly fit in cache;
 * 8-bit LSD passes then sort each bucket in place on the bits below.  Both
 * are stable, so equal keys stay in index order.
 */
#include <stdlib.h>
#include <string.h>

#include "argsort.h"

#define MSD_BITS 11
#define MSD_RADIX (1u << MSD_BITS)
#define DIGIT_BITS 8
#define INSERTION_MAX 32

static void insertion_sort(struct sort_pair *a, size_t n) {
    for (size_t i = 1; i < n; i++) {
        struct sort_pair x = a[i];
        size_t j = i;
        for (; j > 0 && a[j - 1].key > x.key; j--)
            a[j] = a[j - 1];
        a[j] = x;
    }
}

static void scatter(const struct sort_pair *src, struct sort_pair *dst, size_t n, int shift) {
    enum { RADIX = 1 << DIGIT_BITS, MASK = RADIX - 1 };
    size_t count[RADIX] = {0}, sum = 0;

    for (size_t i = 0; i < n; i++)
        count[(src[i].key >> shift) & MASK]++;
    if (count[(src[0].key >> shift) & MASK] == n) {
        memcpy(dst, src, n * sizeof *dst);
        return;
    }
    for (unsigned b = 0; b < RADIX; b++) {
        size_t c = count[b];
        count[b] = sum;
        sum += c;
    }
    for (size_t i = 0; i < n; i++)
        dst[count[(src[i].key >> shift) & MASK]++] = src[i];
}

/* LSD radix sort of a on key bits [0, bits); tmp holds n pairs. */
static void sort_bucket(struct sort_pair *a, struct sort_pair *tmp, size_t n, int bits) {
    int ndigits = (bits + DIGIT_BITS - 1) / DIGIT_BITS;

    if (n <= INSERTION_MAX) {
        insertion_sort(a, n);
        return;
    }
    for (int d = 0; d < ndigits; d++) {
        struct sort_pair *t = a;
        scatter(a, tmp, n, d * DIGIT_BITS);
        a = tmp;
        tmp = t;
    }
    if (ndigits % 2)
        memcpy(tmp, a, n * sizeof *a);
}

static uint64_t differing_bits(const struct sort_input *in, size_t lo, size_t hi) {
    uint64_t first = sort_key(in, lo), diff = 0;
    for (size_t i = lo + 1; i < hi; i++)
        diff |= sort_key(in, i) ^ first;
    return diff;
}

/* Pairs of keys [lo, hi) into out, stably grouped by key bits from shift. */
static void msd_pass(const struct sort_input *in, size_t lo, size_t hi, int shift,
                     struct sort_pair *out, uint32_t count[MSD_RADIX]) {
    size_t next[MSD_RADIX], sum = 0;

    for (size_t i = lo; i < hi; i++)
        count[(sort_key(in, i) >> shift) & (MSD_RADIX - 1)]++;
    for (unsigned b = 0; b < MSD_RADIX; b++) {
        next[b] = sum;
        sum += count[b];
    }
    for (size_t i = lo; i < hi; i++) {
        uint64_t key = sort_key(in, i);
        out[next[(key >> shift) & (MSD_RADIX - 1)]++] = (struct sort_pair){key, (uint32_t)i};
    }
}

static int radix_sort(const struct sort_input *in, size_t lo, size_t hi, void *vbuf, void *vtmp) {
    struct sort_pair *a = (struct sort_pair *)vbuf + lo, *tmp;
    uint32_t count[MSD_RADIX] = {0};
    uint64_t diff = hi - lo > 1 ? differing_bits(in, lo, hi) : 0;
    int top = diff ? 64 - __builtin_clzll(diff) : 0;
    int shift = top > MSD_BITS ? top - MSD_BITS : 0;
    size_t largest = 0, begin = 0;

    (void)vtmp;
    msd_pass(in, lo, hi, shift, a, count);
    for (unsigned b = 0; b < MSD_RADIX; b++)
        largest = count[b] > largest ? count[b] : largest;
    if (shift == 0 || largest <= INSERTION_MAX) {
        for (unsigned b = 0; b < MSD_RADIX; begin += count[b++])
            insertion_sort(a + begin, count[b]);
        return 0;
    }
    tmp = malloc(largest * sizeof *tmp);
    if (!tmp)
        return -1;
    for (unsigned b = 0; b < MSD_RADIX; begin += count[b++])
        sort_bucket(a + begin, tmp, count[b], shift);
    free(tmp);
    return 0;
}

static size_t split_pairs(const struct sort_input *in, const void *va, size_t na, const void *vb,
                          size_t nb, size_t diag) {
    const struct sort_pair *a = va, *b = vb;
    size_t lo = diag > nb ? diag - nb : 0, hi = diag < na ? diag : na;

    (void)in;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid].key <= b[diag - 1 - mid].key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void merge_pairs(const struct sort_input *in, const void *va, size_t na, const void *vb,
                        size_t nb, void *vout) {
    const struct sort_pair *a = va, *b = vb, *a_end = a + na, *b_end = b + nb;
    struct sort_pair *out = vout;

    (void)in;
    while (a < a_end && b < b_end) {
        int take_b = b->key < a->key;
        *out++ = take_b ? *b : *a;
        b += take_b;
        a += !take_b;
    }
    memcpy(out, a, (size_t)(a_end - a) * sizeof *a);
    memcpy(out + (a_end - a), b, (size_t)(b_end - b) * sizeof *b);
}

static void pair_indices(const void *elems, size_t n, size_t *out) {
    const struct sort_pair *p = elems;
    for (size_t i = 0; i < n; i++)
        out[i] = p[i].idx;
}

static void merge_pair_indices(const struct sort_input *in, const void *va, size_t na,
                               const void *vb, size_t nb, size_t *out) {
    const struct sort_pair *a = va, *b = vb, *a_end = a + na, *b_end = b + nb;

    (void)in;
    while (a < a_end && b < b_end) {
        int take_b = b->key < a->key;
        *out++ = take_b ? b->idx : a->idx;
        b += take_b;
        a += !take_b;
    }
    pair_indices(a, (size_t)(a_end - a), out);
    pair_indices(b, (size_t)(b_end - b), out + (a_end - a));
}

const struct sort_kind __sm_sort_pairs = {
    .elem_size = sizeof(struct sort_pair),
    .sort = radix_sort,
    .split = split_pairs,
    .merge = merge_pairs,
    .merge_indices = merge_pair_indices,
    .indices = pair_indices,
};
