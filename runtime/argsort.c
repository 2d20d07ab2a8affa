/*
 * argsort.c - sm_argsort, sm_argsort_f64, sm_argsort_i64.
 *
 * The sort runs in one parallel region over shared scratch mapped for the
 * call (argsort.h describes the algorithm).  If perm is in the shared heap
 * the workers write their shares of it; otherwise the master copies the
 * permutation out after the region, since perm may be private memory.
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "argsort.h"
#include "error.h"
#include "sharedmem.h"

/* Below this many elements a team costs more than it saves. */
#define SORT_PARALLEL_MIN 50000

enum key_type { KEYS_CMP, KEYS_F64, KEYS_I64 };

struct sort_job {
    const struct sort_kind *kind;
    struct sort_cmp c;
    enum key_type type;
    const void *keys;
    size_t n;
    char *a, *b;        /* scratch: n elements each */
    size_t *perm;       /* the caller's */
    int perm_shared;    /* workers may write perm */
    const void *sorted; /* set in the master (worker 0) */
};

static const __sm_loc sort_loc = {__FILE__, __LINE__, 0, "sm_argsort"};

static void team_barrier(void) {
    __sm_barrier(&sort_loc);
}

/* All NaNs after +inf, and -0.0 equal to +0.0, as the comparison < has it. */
static inline uint64_t f64_key(double x) {
    uint64_t u;

    if (x != x)
        return UINT64_MAX;
    if (x == 0)
        x = 0;
    memcpy(&u, &x, sizeof u);
    return u >> 63 ? ~u : u | (UINT64_C(1) << 63);
}

static inline uint64_t i64_key(int64_t x) {
    return (uint64_t)x ^ (UINT64_C(1) << 63);
}

static void fill(const struct sort_job *j, size_t lo, size_t hi) {
    struct sort_pair *p = (struct sort_pair *)j->a;
    size_t *idx = (size_t *)j->a;

    if (j->type == KEYS_F64)
        for (size_t i = lo; i < hi; i++)
            p[i] = (struct sort_pair){f64_key(((const double *)j->keys)[i]), (uint32_t)i};
    else if (j->type == KEYS_I64)
        for (size_t i = lo; i < hi; i++)
            p[i] = (struct sort_pair){i64_key(((const int64_t *)j->keys)[i]), (uint32_t)i};
    else
        for (size_t i = lo; i < hi; i++)
            idx[i] = i;
}

static void copy_out(const struct sort_job *j, const void *sorted, size_t lo, size_t hi) {
    const struct sort_pair *p = sorted;

    if (j->type == KEYS_CMP)
        memcpy(j->perm + lo, (const size_t *)sorted + lo, (hi - lo) * sizeof(size_t));
    else
        for (size_t i = lo; i < hi; i++)
            j->perm[i] = p[i].idx;
}

/* Worker w's part: sort its block, then the merge passes. */
static void sort_share(struct sort_job *j, int w, int nworkers) {
    size_t lo = sort_block_begin(j->n, w, nworkers), hi = sort_block_begin(j->n, w + 1, nworkers);
    size_t es = j->kind->elem_size;
    const void *sorted;

    fill(j, lo, hi);
    j->kind->sort(&j->c, j->a + lo * es, j->b + lo * es, hi - lo);
    sorted = __sm_sort_merge_passes(j->kind, &j->c, j->a, j->b, j->n, w, nworkers, team_barrier);
    if (j->perm_shared)
        copy_out(j, sorted, lo, hi);
    if (w == 0)
        j->sorted = sorted;
}

static int team_size(size_t n) {
    int nworkers = sm_max_workers();

    if (n < SORT_PARALLEL_MIN || sm_in_parallel() || nworkers < 1)
        return 1;
    return nworkers > SORT_MAX_WORKERS ? SORT_MAX_WORKERS : nworkers;
}

static int map_scratch(struct sort_job *j) {
    size_t es = j->kind->elem_size;
    void *p;

    if (j->n > SIZE_MAX / 2 / es) {
        errno = ENOMEM;
        return -1;
    }
    p = mmap(NULL, 2 * j->n * es, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return -1;
    j->a = p;
    j->b = j->a + j->n * es;
    return 0;
}

static void run_team(struct sort_job *j, int nworkers) {
    int w;

    j->perm_shared = nworkers == 1 || sm_is_shared(j->perm);
    if (nworkers == 1) {
        sort_share(j, 0, 1);
        return;
    }
    w = __sm_parallel_begin(&sort_loc, nworkers, 1);
    sort_share(j, w, sm_num_workers());
    __sm_parallel_end();
}

static int run_sort(struct sort_job *j, const char *name) {
    if (j->n == 0)
        return 0;
    if (!j->perm || !j->keys) {
        __sm_error_set("%s: NULL %s", name, j->perm ? "keys" : "perm");
        errno = EINVAL;
        return -1;
    }
    if (map_scratch(j) != 0) {
        __sm_error_set("%s: cannot map scratch for %zu elements: %s", name, j->n, strerror(errno));
        errno = ENOMEM;
        return -1;
    }
    run_team(j, team_size(j->n));
    if (!j->perm_shared)
        copy_out(j, j->sorted, 0, j->n);
    munmap(j->a, 2 * j->n * j->kind->elem_size);
    return 0;
}

int sm_argsort(const void *base, size_t n, size_t size, int (*cmp)(const void *, const void *),
               size_t *perm) {
    struct sort_job j = {
        .kind = &__sm_sort_indices, .c = {base, size, cmp}, .keys = base, .n = n, .perm = perm};

    if (!cmp || size == 0) {
        __sm_error_set("sm_argsort: %s", cmp ? "element size 0" : "NULL comparator");
        errno = EINVAL;
        return -1;
    }
    return run_sort(&j, "sm_argsort");
}

/* Typed sorts of more keys than a pair's 32-bit index can number. */
static int cmp_f64(const void *a, const void *b) {
    uint64_t x = f64_key(*(const double *)a), y = f64_key(*(const double *)b);
    return (x > y) - (x < y);
}

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static int typed_sort(enum key_type type, const void *keys, size_t n, size_t *perm,
                      const char *name) {
    struct sort_job j = {
        .kind = &__sm_sort_pairs, .type = type, .keys = keys, .n = n, .perm = perm};

    if (n > UINT32_MAX) {
        j.kind = &__sm_sort_indices;
        j.type = KEYS_CMP;
        j.c = (struct sort_cmp){keys, 8, type == KEYS_F64 ? cmp_f64 : cmp_i64};
    }
    return run_sort(&j, name);
}

int sm_argsort_f64(const double *keys, size_t n, size_t *perm) {
    return typed_sort(KEYS_F64, keys, n, perm, "sm_argsort_f64");
}

int sm_argsort_i64(const int64_t *keys, size_t n, size_t *perm) {
    return typed_sort(KEYS_I64, keys, n, perm, "sm_argsort_i64");
}
