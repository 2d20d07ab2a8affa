/*
 * argsort_pairs.c - (key, index) pairs: radix sort, merge and merge-path
 * split.  Pairs enter a block in index order and every pass is stable.
 */
#include <string.h>

#include "argsort.h"

/* One MSD pass on the 11 highest bits that differ between keys cuts a large
 * block into buckets that fit in cache; LSD passes then sort each bucket on
 * the bits below.  Both passes are stable. */
#define MSD_BITS 11
#define MSD_MIN_BLOCK (1u << 16)
#define DIGIT_BITS 8 /* of the LSD passes inside a bucket */
#define INSERTION_MAX 32
#define MAX_RADIX (1u << MSD_BITS)

static void insertion_sort(struct sort_pair *a, size_t n) {
    for (size_t i = 1; i < n; i++) {
        struct sort_pair x = a[i];
        size_t j = i;
        for (; j > 0 && a[j - 1].key > x.key; j--)
            a[j] = a[j - 1];
        a[j] = x;
    }
}

/* Stable scatter of src into dst by the digit at shift (count: its histogram). */
static void scatter(const struct sort_pair *src, struct sort_pair *dst, size_t n, int shift,
                    unsigned mask, const uint32_t *count) {
    size_t next[MAX_RADIX], sum = 0;

    for (unsigned b = 0; b <= mask; b++) {
        next[b] = sum;
        sum += count[b];
    }
    for (size_t i = 0; i < n; i++)
        dst[next[(src[i].key >> shift) & mask]++] = src[i];
}

/* LSD radix sort on key bits [0, bits); returns the buffer holding the result. */
static struct sort_pair *lsd(struct sort_pair *src, struct sort_pair *dst, size_t n, int bits) {
    enum { RADIX = 1 << DIGIT_BITS, MASK = RADIX - 1 };
    uint32_t hist[64 / DIGIT_BITS][RADIX];
    int ndigits = (bits + DIGIT_BITS - 1) / DIGIT_BITS;

    memset(hist, 0, sizeof hist);
    for (size_t i = 0; i < n; i++)
        for (int d = 0; d < ndigits; d++)
            hist[d][(src[i].key >> (d * DIGIT_BITS)) & MASK]++;
    for (int d = 0; d < ndigits; d++) {
        struct sort_pair *t;
        if (hist[d][(src[0].key >> (d * DIGIT_BITS)) & MASK] == n)
            continue;
        scatter(src, dst, n, d * DIGIT_BITS, MASK, hist[d]);
        t = src;
        src = dst;
        dst = t;
    }
    return src;
}

/* Sorts src on key bits [0, bits) into dst; src is scratch. */
static void sort_bucket(struct sort_pair *dst, struct sort_pair *src, size_t n, int bits) {
    const struct sort_pair *sorted = src;

    if (n <= INSERTION_MAX)
        insertion_sort(src, n);
    else
        sorted = lsd(src, dst, n, bits);
    if (sorted != dst)
        memcpy(dst, sorted, n * sizeof *dst);
}

static uint64_t differing_bits(const struct sort_pair *a, size_t n) {
    uint64_t diff = 0;
    for (size_t i = 1; i < n; i++)
        diff |= a[i].key ^ a[0].key;
    return diff;
}

/* The block goes to tmp by bucket, and each bucket back into a sorted. */
static void radix_sort(const struct sort_cmp *c, void *va, void *vtmp, size_t n) {
    struct sort_pair *a = va, *tmp = vtmp;
    uint32_t count[MAX_RADIX] = {0};
    uint64_t diff = n > 1 ? differing_bits(a, n) : 0;
    int top = diff ? 64 - __builtin_clzll(diff) : 0;
    int shift = top > MSD_BITS ? top - MSD_BITS : 0;
    size_t begin = 0;

    (void)c;
    if (n < MSD_MIN_BLOCK || shift == 0) {
        if (diff) {
            memcpy(tmp, a, n * sizeof *a);
            sort_bucket(a, tmp, n, top);
        }
        return;
    }
    for (size_t i = 0; i < n; i++)
        count[(a[i].key >> shift) & (MAX_RADIX - 1)]++;
    scatter(a, tmp, n, shift, MAX_RADIX - 1, count);
    for (unsigned b = 0; b < MAX_RADIX; begin += count[b++])
        sort_bucket(a + begin, tmp + begin, count[b], shift);
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
