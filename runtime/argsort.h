/*
 * argsort.h - sort kernels behind sm_argsort*, internal to libsharedmem.
 *
 * Every sort is a merge sort across workers: each worker sorts its own
 * block of the elements, then ceil(log2 workers) merge passes combine the
 * blocks, the last one writing indices straight into the output.  In a
 * pass every worker produces an equal share of the output, found by
 * merge-path splitting, so all workers work in every pass.  Elements are
 * (key, index) pairs for the typed sorts and bare indices for the
 * comparator sort; merges take the left run first on ties, and blocks hold
 * ascending index ranges, so every sort is stable.
 */
#ifndef SM_ARGSORT_H
#define SM_ARGSORT_H

#include <stddef.h>
#include <stdint.h>

#define SORT_MAX_WORKERS 256

enum sort_keys { KEYS_CMP, KEYS_F64, KEYS_I64 };

/* What is sorted: element i is base + i * size. */
struct sort_input {
    const char *base;
    size_t size;
    int (*cmp)(const void *, const void *); /* KEYS_CMP */
    enum sort_keys type;
};

/* Packed: the scatter passes move 12 bytes, not 16.  Typed sorts of more
 * than UINT32_MAX keys go through the comparator sort instead. */
struct sort_pair {
    uint64_t key; /* order-preserving unsigned image of the user's key */
    uint32_t idx;
} __attribute__((packed));

/* All NaNs after +inf, and -0.0 equal to +0.0, as the comparison < has it. */
static inline uint64_t sort_f64_key(double x) {
    uint64_t u;

    if (x != x)
        return UINT64_MAX;
    if (x == 0)
        x = 0;
    __builtin_memcpy(&u, &x, sizeof u);
    return u >> 63 ? ~u : u | (UINT64_C(1) << 63);
}

static inline uint64_t sort_key(const struct sort_input *in, size_t i) {
    if (in->type == KEYS_F64)
        return sort_f64_key(((const double *)in->base)[i]);
    return (uint64_t)((const int64_t *)in->base)[i] ^ (UINT64_C(1) << 63);
}

/* A kind of element: pairs, or indices compared through the input's cmp. */
struct sort_kind {
    size_t elem_size;
    /* Sorts input elements [lo, hi) into buf[lo, hi); tmp[lo, hi) is
     * scratch when the kind needs it.  -1 when out of memory. */
    int (*sort)(const struct sort_input *in, size_t lo, size_t hi, void *buf, void *tmp);
    /* How many of the first diag outputs of merge(a, b) come from a. */
    size_t (*split)(const struct sort_input *in, const void *a, size_t na, const void *b, size_t nb,
                    size_t diag);
    /* out = merge(a, b) as elements, or as indices for the last pass. */
    void (*merge)(const struct sort_input *in, const void *a, size_t na, const void *b, size_t nb,
                  void *out);
    void (*merge_indices)(const struct sort_input *in, const void *a, size_t na, const void *b,
                          size_t nb, size_t *out);
    void (*indices)(const void *elems, size_t n, size_t *out);
};

extern const struct sort_kind __sm_sort_pairs;
extern const struct sort_kind __sm_sort_indices;

/* Worker w's part of the merge passes over a (sorted blocks) and b (room
 * for n elements, needed when there are three workers or more): writes its
 * share of the sorted indices to out.  Calls barrier() before each pass. */
void __sm_sort_merge_passes(const struct sort_kind *kind, const struct sort_input *in, void *a,
                            void *b, size_t n, int w, int nworkers, void (*barrier)(void),
                            size_t *out);

static inline size_t sort_block_begin(size_t n, int w, int nworkers) {
    return (size_t)((unsigned __int128)n * (unsigned)w / (unsigned)nworkers);
}

#endif
