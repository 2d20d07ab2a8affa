/*
 * argsort_merge.c - the merge passes of a team sort.
 *
 * Pass k merges runs 2j and 2j+1 into one; an unpaired last run is copied.
 * The output of a pass is cut into equal shares, one per worker, and each
 * worker merges the part of every merge that falls into its share: a
 * merge-path split tells where in the two input runs that part starts.
 */
#include <string.h>

#include "argsort.h"

struct pass {
    const struct sort_kind *kind;
    const struct sort_cmp *c;
    const char *src;
    char *dst;
};

static void *at(const struct pass *p, const char *buf, size_t i) {
    return (void *)(buf + i * p->kind->elem_size);
}

/* Outputs [d0, d1) of the merge of runs [lo, mid) and [mid, hi). */
static void merge_part(const struct pass *p, size_t lo, size_t mid, size_t hi, size_t d0,
                       size_t d1) {
    const void *a = at(p, p->src, lo), *b = at(p, p->src, mid);
    size_t na = mid - lo, nb = hi - mid;
    size_t i0 = p->kind->split(p->c, a, na, b, nb, d0);
    size_t i1 = p->kind->split(p->c, a, na, b, nb, d1);

    p->kind->merge(p->c, at(p, p->src, lo + i0), i1 - i0, at(p, p->src, mid + d0 - i0),
                   (d1 - i1) - (d0 - i0), at(p, p->dst, lo + d0));
}

/* This worker's share [s0, s1) of one pass over runs bound[0..nruns]. */
static void run_pass(const struct pass *p, const size_t *bound, int nruns, size_t s0, size_t s1) {
    for (int r = 0; r < nruns; r += 2) {
        size_t lo = bound[r], hi = bound[r + 2 <= nruns ? r + 2 : nruns];
        size_t d0 = s0 > lo ? s0 : lo, d1 = s1 < hi ? s1 : hi;
        if (d0 >= d1)
            continue;
        if (r + 1 == nruns)
            memcpy(at(p, p->dst, d0), at(p, p->src, d0), (d1 - d0) * p->kind->elem_size);
        else
            merge_part(p, lo, bound[r + 1], hi, d0 - lo, d1 - lo);
    }
}

void *__sm_sort_merge_passes(const struct sort_kind *kind, const struct sort_cmp *c, void *a,
                             void *b, size_t n, int w, int nworkers, void (*barrier)(void)) {
    size_t bound[SORT_MAX_WORKERS + 1];
    struct pass p = {kind, c, a, b};
    int nruns = nworkers;

    for (int r = 0; r <= nruns; r++)
        bound[r] = sort_block_begin(n, r, nworkers);
    while (nruns > 1) {
        const char *t = p.src;
        barrier();
        run_pass(&p, bound, nruns, sort_block_begin(n, w, nworkers),
                 sort_block_begin(n, w + 1, nworkers));
        for (int r = 0; r <= (nruns + 1) / 2; r++)
            bound[r] = bound[2 * r < nruns ? 2 * r : nruns];
        nruns = (nruns + 1) / 2;
        p.src = p.dst;
        p.dst = (char *)t;
    }
    return (void *)p.src;
}
