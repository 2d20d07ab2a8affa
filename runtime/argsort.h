/*
 * argsort.h - sort kernels behind sm_argsort*, internal to libsharedmem.
 *
 * The typed sorts (up to UINT32_MAX keys) are a radix partition over
 * threads of the caller (argsort_radix.c): each thread sorts and writes its
 * own range of the output, with no merge.  The comparator sort (and larger typed sorts) is
 * a merge sort across workers: each worker sorts its own block of indices,
 * then ceil(log2 workers) merge passes combine the blocks, the last one
 * writing indices straight into the output.  In a pass every worker
 * produces an equal share of the output, found by merge-path splitting, so
 * all workers work in every pass.  Merges take the left run first on ties,
 * and blocks hold ascending index ranges, so every sort is stable.
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

/* A kind of element for the merge sort: indices compared through cmp. */
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

extern const struct sort_kind __sm_sort_indices;

/* Worker w's part of the merge passes over a (sorted blocks) and b (room
 * for n elements, needed when there are three workers or more): writes its
 * share of the sorted indices to out.  Calls barrier() before each pass. */
void __sm_sort_merge_passes(const struct sort_kind *kind, const struct sort_input *in, void *a,
                            void *b, size_t n, int w, int nworkers, void (*barrier)(void),
                            size_t *out);

/* The typed sort of n <= UINT32_MAX keys; 0, or -1 with errno and the
 * message set. */
int __sm_argsort_radix(const struct sort_input *in, size_t n, size_t *perm, const char *name);

/* Scratch of at least bytes, kept for the next call once given back
 * (argsort_scratch.c); NULL with errno set when it cannot be mapped. */
void *__sm_sort_scratch_take(size_t bytes);
void __sm_sort_scratch_give_back(void *scratch);

/* Workers for sorting n elements here (1 inside a region, in debug mode or
 * for small n). */
int __sm_sort_team_size(size_t n);
/* madvise on the whole pages of perm[0, n). */
void __sm_sort_perm_advise(size_t *perm, size_t n, int advice);

static inline size_t sort_block_begin(size_t n, int w, int nworkers) {
    return (size_t)((unsigned __int128)n * (unsigned)w / (unsigned)nworkers);
}

#endif
