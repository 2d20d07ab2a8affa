/*
 * argsort.h - sort kernels behind sm_argsort*, internal to libsharedmem.
 *
 * Every sort is a merge sort across workers: each worker sorts its own
 * block of the elements, then ceil(log2 workers) merge passes combine the
 * blocks.  In a pass every worker produces an equal share of the output,
 * found by merge-path splitting, so all workers work in every pass.
 * Elements are (key, index) pairs for the typed sorts and bare indices for
 * the comparator sort; merges take the left run first on ties, and blocks
 * hold ascending index ranges, so every sort is stable.
 */
#ifndef SM_ARGSORT_H
#define SM_ARGSORT_H

#include <stddef.h>
#include <stdint.h>

#define SORT_MAX_WORKERS 256

/* Packed: the scatter passes move 12 bytes, not 16.  Typed sorts of more
 * than UINT32_MAX keys go through the comparator sort instead. */
struct sort_pair {
    uint64_t key; /* order-preserving unsigned image of the user's key */
    uint32_t idx;
} __attribute__((packed));

/* What the generic comparator sort compares: element i is base + i * size. */
struct sort_cmp {
    const char *base;
    size_t size;
    int (*cmp)(const void *, const void *);
};

/* A kind of element: pairs, or indices compared through a sort_cmp. */
struct sort_kind {
    size_t elem_size;
    /* Stable sort of n elements in place; tmp has room for n. */
    void (*sort)(const struct sort_cmp *c, void *a, void *tmp, size_t n);
    /* How many of the first diag outputs of merge(a, b) come from a. */
    size_t (*split)(const struct sort_cmp *c, const void *a, size_t na, const void *b, size_t nb,
                    size_t diag);
    /* out = merge(a, b); the first na + nb outputs. */
    void (*merge)(const struct sort_cmp *c, const void *a, size_t na, const void *b, size_t nb,
                  void *out);
};

extern const struct sort_kind __sm_sort_pairs;
extern const struct sort_kind __sm_sort_indices;

/* One worker's part of a team sort over buffers a and b of n elements,
 * after each worker sorted block w of a (blocks: n * w / nworkers).  Calls
 * barrier() before each pass; returns the buffer holding the result. */
void *__sm_sort_merge_passes(const struct sort_kind *kind, const struct sort_cmp *c, void *a,
                             void *b, size_t n, int w, int nworkers, void (*barrier)(void));

static inline size_t sort_block_begin(size_t n, int w, int nworkers) {
    return (size_t)((unsigned __int128)n * (unsigned)w / (unsigned)nworkers);
}

#endif
