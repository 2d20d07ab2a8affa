/*
 * argsort.c - sm_argsort, sm_argsort_f64, sm_argsort_i64.
 *
 * The typed sorts of up to UINT32_MAX keys are argsort_radix.c's.  The
 * merge sort runs in one parallel region over shared scratch mapped for the
 * call (argsort.h describes the algorithm).  The last merge pass writes
 * the indices into perm when the workers can (one worker, or perm in the
 * shared heap); else the master writes its share into perm and the others
 * into shared staging that the master copies to perm after the region.
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "argsort.h"
#include "error.h"
#include "os.h"
#include "sharedmem.h"

/* Below this many elements a team costs more than it saves. */
#define SORT_PARALLEL_MIN 50000

struct sort_job {
    const struct sort_kind *kind;
    struct sort_input in;
    size_t n;
    char *map; /* one mapping: a, b, staging */
    size_t map_bytes;
    char *a, *b; /* n elements each; b only when needed */
    size_t *out; /* perm, or the staging */
    size_t *perm;
    size_t master_share; /* perm[0, master_share) written by the master */
};

static const __sm_loc sort_loc = {__FILE__, __LINE__, 0, "sm_argsort"};

static void team_barrier(void) {
    __sm_barrier(&sort_loc);
}

/* Worker w's part: sort its block, then its share of the merge passes.
 * The master writes its share of the indices into perm itself. */
static void sort_share(struct sort_job *j, int w, int nworkers) {
    size_t lo = sort_block_begin(j->n, w, nworkers), hi = sort_block_begin(j->n, w + 1, nworkers);
    size_t *out = w == 0 ? j->perm : j->out, es = j->kind->elem_size;

    sm_populate(j->a + lo * es, (hi - lo) * es);
    if (j->b)
        sm_populate(j->b + lo * es, (hi - lo) * es);
    if (out != j->perm)
        sm_populate(out + lo, (hi - lo) * sizeof *out);
    j->kind->sort(&j->in, lo, hi, j->a, j->b);
    __sm_sort_merge_passes(j->kind, &j->in, j->a, j->b, j->n, w, nworkers, team_barrier, out);
    if (w == 0)
        j->master_share = hi;
}

int __sm_sort_team_size(size_t n) {
    int nworkers = sm_max_workers();

    if (n < SORT_PARALLEL_MIN || sm_in_parallel() || nworkers < 1)
        return 1;
    return nworkers > SORT_MAX_WORKERS ? SORT_MAX_WORKERS : nworkers;
}

static int map_scratch(struct sort_job *j, int nworkers) {
    size_t es = j->kind->elem_size;
    int staging = nworkers > 1 && !sm_is_shared(j->perm);
    char *p;

    if (j->n > SIZE_MAX / 4 / (es > 8 ? es : 8)) {
        errno = ENOMEM;
        return -1;
    }
    j->map_bytes = j->n * (es * 2 + sizeof(size_t) * staging);
    p = sm_map_shared(j->map_bytes);
    if (!p)
        return -1;
    j->map = p;
    j->a = p;
    j->b = j->a + j->n * es;
    j->out = staging ? (size_t *)(j->a + j->n * es * 2) : j->perm;
    return 0;
}

static void run_team(struct sort_job *j, int nworkers) {
    int w;

    if (nworkers == 1) {
        sort_share(j, 0, 1);
        return;
    }
    w = __sm_parallel_begin(&sort_loc, nworkers, 1);
    sort_share(j, w, sm_num_workers());
    __sm_parallel_end();
}

/* A private perm is only written by the master.  Keeping its whole pages
 * out of the workers spares the master a copy-on-write fault per page when
 * it writes perm after the fork. */
void __sm_sort_perm_advise(size_t *perm, size_t n, int advice) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t begin = ((uintptr_t)perm + page - 1) & ~(page - 1);
    uintptr_t end = (uintptr_t)(perm + n) & ~(page - 1);

    if (begin < end)
        madvise((void *)begin, end - begin, advice);
}

static int run_sort(struct sort_job *j, const char *name) {
    int nworkers = __sm_sort_team_size(j->n);

    if (j->n == 0)
        return 0;
    if (!j->perm || !j->in.base) {
        __sm_error_set("%s: NULL %s", name, j->perm ? "keys" : "perm");
        errno = EINVAL;
        return -1;
    }
    if (j->in.type != KEYS_CMP)
        return __sm_argsort_radix(&j->in, j->n, j->perm, name);
    if (map_scratch(j, nworkers) != 0) {
        __sm_error_set("%s: cannot map scratch for %zu elements: %s", name, j->n, strerror(errno));
        errno = ENOMEM;
        return -1;
    }
    if (j->out != j->perm)
        __sm_sort_perm_advise(j->perm, j->n, MADV_DONTFORK);
    run_team(j, nworkers);
    if (j->out != j->perm)
        __sm_sort_perm_advise(j->perm, j->n, MADV_DOFORK);
    if (j->out != j->perm)
        memcpy(j->perm + j->master_share, j->out + j->master_share,
               (j->n - j->master_share) * sizeof(size_t));
    munmap(j->map, j->map_bytes);
    return 0;
}

int sm_argsort(const void *base, size_t n, size_t size, int (*cmp)(const void *, const void *),
               size_t *perm) {
    struct sort_job j = {
        .kind = &__sm_sort_indices, .in = {base, size, cmp, KEYS_CMP}, .n = n, .perm = perm};

    if (!cmp || size == 0) {
        __sm_error_set("sm_argsort: %s", cmp ? "element size 0" : "NULL comparator");
        errno = EINVAL;
        return -1;
    }
    return run_sort(&j, "sm_argsort");
}

/* Typed sorts of more keys than a pair's 32-bit index can number. */
static int cmp_f64(const void *a, const void *b) {
    uint64_t x = sort_f64_key(*(const double *)a), y = sort_f64_key(*(const double *)b);
    return (x > y) - (x < y);
}

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static int typed_sort(enum sort_keys type, const void *keys, size_t n, size_t *perm,
                      const char *name) {
    struct sort_job j = {
        .kind = &__sm_sort_indices, .in = {keys, 8, NULL, type}, .n = n, .perm = perm};

    if (n > UINT32_MAX)
        j.in = (struct sort_input){keys, 8, type == KEYS_F64 ? cmp_f64 : cmp_i64, KEYS_CMP};
    return run_sort(&j, name);
}

int sm_argsort_f64(const double *keys, size_t n, size_t *perm) {
    return typed_sort(KEYS_F64, keys, n, perm, "sm_argsort_f64");
}

int sm_argsort_i64(const int64_t *keys, size_t n, size_t *perm) {
    return typed_sort(KEYS_I64, keys, n, perm, "sm_argsort_i64");
}
