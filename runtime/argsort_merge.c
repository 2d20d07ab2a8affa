/*
 * argsort_merge.c - the merge passes of a team sort.
 *
 * Pass k merges runs 2j and 2j+1 into one; an unpaired last run is copied.
 * The output of a pass is cut into equal shares, one per worker, and each
 * worker merges the part of every merge that falls into its share: a
 * merge-path split tells where in the two input runs that part starts.
 * The last pass writes indices to out instead of elements.
 */
#include <string.h>

#include "argsort.h"

struct pass {
    const struct sort_kind *kind;
    const struct sort_input *in;
    const char *src;
    char *dst;   /* NULL in the last pass */
    size_t *out; /* the indices, in the last pass */
};

static const void *at(const struct pass *p, const char *buf, size_t i) {
    return buf + i * p->kind->elem_size;
}

static void copy_part(const struct pass *p, size_t d0, size_t d1) {
    if (p->dst)
        memcpy(p->dst + d0 * p->kind->elem_size, at(p, p->src, d0), (d1 - d0) * p->kind->elem_size);
    else
        p->kind->indices(at(p, p->src, d0), d1 - d0, p->out + d0);
}

/* Outputs [d0, d1) of the merge of runs [lo, mid) and [mid, hi). */
static void merge_part(const struct pass *p, size_t lo, size_t mid, size_t hi, size_t d0,
                       size_t d1) {
    const void *a = at(p, p->src, lo), *b = at(p, p->src, mid);
    size_t na = mid - lo, nb = hi - mid;
    size_t i0 = p->kind->split(p->in, a, na, b, nb, d0);
    size_t i1 = p->kind->split(p->in, a, na, b, nb, d1);
    const void *a0 = at(p, p->src, lo + i0), *b0 = at(p, p->src, mid + d0 - i0);
    size_t ma = i1 - i0, mb = (d1 - i1) - (d0 - i0);

    if (p->dst)
        p->kind->merge(p->in, a0, ma, b0, mb, p->dst + (lo + d0) * p->kind->elem_size);
    else
        p->kind->merge_indices(p->in, a0, ma, b0, mb, p->out + lo + d0);
}

/* This worker's share [s0, s1) of one pass over runs bound[0..nruns]. */
static void run_pass(const struct pass *p, const size_t *bound, int nruns, size_t s0, size_t s1) {
    for (int r = 0; r < nruns; r += 2) {
        size_t lo = bound[r], hi = bound[r + 2 <= nruns ? r + 2 : nruns];
        size_t d0 = s0 > lo ? s0 : lo, d1 = s1 < hi ? s1 : hi;
        if (d0 >= d1)
            continue;
        if (r + 1 == nruns)
            copy_part(p, d0, d1);
        else
            merge_part(p, lo, bound[r + 1], hi, d0 - lo, d1 - lo);
    }
}

void __sm_sort_merge_passes(const struct sort_kind *kind, const struct sort_input *in, void *a,
                            void *b, size_t n, int w, int nworkers, void (*barrier)(void),
                            size_t *out) {
    size_t bound[SORT_MAX_WORKERS + 1];
    size_t s0 = sort_block_begin(n, w, nworkers), s1 = sort_block_begin(n, w + 1, nworkers);
    struct pass p = {kind, in, a, b, out};
    int nruns = nworkers;

    for (int r = 0; r <= nruns; r++)
        bound[r] = sort_block_begin(n, r, nworkers);
    if (nruns == 1)
        kind->indices(a, n, out);
    while (nruns > 1) {
        const char *t = p.src;
        if (nruns <= 2)
            p.dst = NULL;
        barrier();
        run_pass(&p, bound, nruns, s0, s1);
        for (int r = 0; r <= (nruns + 1) / 2; r++)
            bound[r] = bound[2 * r < nruns ? 2 * r : nruns];
        nruns = (nruns + 1) / 2;
        p.src = p.dst;
        p.dst = (char *)t;
    }
}
