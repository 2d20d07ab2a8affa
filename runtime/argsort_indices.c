/*
 * argsort_indices.c - bare indices compared through the user's comparator:
 * stable bottom-up merge sort over insertion-sorted runs.
 */
#include <string.h>

#include "argsort.h"

#define RUN 16

static inline int less(const struct sort_input *c, size_t i, size_t j) {
    return c->cmp(c->base + i * c->size, c->base + j * c->size) < 0;
}

static void insertion_sort(const struct sort_input *c, size_t *a, size_t n) {
    for (size_t i = 1; i < n; i++) {
        size_t x = a[i], j = i;
        for (; j > 0 && less(c, x, a[j - 1]); j--)
            a[j] = a[j - 1];
        a[j] = x;
    }
}

static void merge_indices(const struct sort_input *c, const void *va, size_t na, const void *vb,
                          size_t nb, void *vout) {
    const size_t *a = va, *b = vb, *a_end = a + na, *b_end = b + nb;
    size_t *out = vout;

    while (a < a_end && b < b_end)
        *out++ = less(c, *b, *a) ? *b++ : *a++;
    memcpy(out, a, (size_t)(a_end - a) * sizeof *a);
    memcpy(out + (a_end - a), b, (size_t)(b_end - b) * sizeof *b);
}

static int merge_sort(const struct sort_input *c, size_t lo, size_t hi, void *vbuf, void *vtmp) {
    size_t *buf = (size_t *)vbuf + lo, *src = buf, *dst = (size_t *)vtmp + lo, n = hi - lo;

    for (size_t i = 0; i < n; i++)
        buf[i] = lo + i;
    for (size_t i = 0; i < n; i += RUN)
        insertion_sort(c, src + i, n - i < RUN ? n - i : RUN);
    for (size_t width = RUN; width < n; width *= 2) {
        size_t *t;
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            merge_indices(c, src + lo, mid - lo, src + mid, hi - mid, dst + lo);
        }
        t = src;
        src = dst;
        dst = t;
    }
    if (src != buf)
        memcpy(buf, src, n * sizeof *src);
    return 0;
}

static size_t split_indices(const struct sort_input *c, const void *va, size_t na, const void *vb,
                            size_t nb, size_t diag) {
    const size_t *a = va, *b = vb;
    size_t lo = diag > nb ? diag - nb : 0, hi = diag < na ? diag : na;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (!less(c, b[diag - 1 - mid], a[mid]))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void merge_to_indices(const struct sort_input *c, const void *a, size_t na, const void *b,
                             size_t nb, size_t *out) {
    merge_indices(c, a, na, b, nb, out);
}

static void copy_indices(const void *elems, size_t n, size_t *out) {
    memcpy(out, elems, n * sizeof *out);
}

const struct sort_kind __sm_sort_indices = {
    .elem_size = sizeof(size_t),
    .sort = merge_sort,
    .split = split_indices,
    .merge = merge_indices,
    .merge_indices = merge_to_indices,
    .indices = copy_indices,
};
