/*
 * argsort_radix.c - the typed sorts: a parallel radix partition.
 *
 * Every worker reads only its own block of the keys, and writes only its
 * own range of the output, with no merge:
 *
 *   1. each worker ORs together how its keys differ from key 0; the
 *      highest differing bit fixes the top digit (the 11 bits below it);
 *   2. each worker counts its keys per top digit (a bucket);
 *   3. from all the counts every worker knows where each worker's part of
 *      each bucket goes, and scatters its (key, index) pairs there; the
 *      buckets are dealt out as contiguous output ranges of about n /
 *      workers elements;
 *   4. each worker sorts its buckets on the bits below the top digit (LSD,
 *      in cache-sized private buffers) and writes their indices.
 *
 * A bucket holds worker 0's pairs, then worker 1's, ..., each in index
 * order, and LSD passes are stable: equal keys keep their index order.
 */
#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "argsort.h"
#include "error.h"
#include "fromfile.h"
#include "os.h"
#include "sharedmem.h"

#define TOP_BITS 11
#define TOP_RADIX (1u << TOP_BITS)
#define DIGIT_BITS 11
#define DIGIT_RADIX (1u << DIGIT_BITS)
#define MAX_DIGITS ((64 - TOP_BITS + DIGIT_BITS - 1) / DIGIT_BITS)
#define INSERTION_MAX 32

/* Packed: the scatter passes move 12 bytes, not 16. */
struct sort_pair {
    uint64_t key; /* order-preserving unsigned image of the user's key */
    uint32_t idx;
} __attribute__((packed));

/* In shared memory, with the pairs after it. */
struct radix_header {
    _Atomic int failed;
    size_t master_end; /* perm[0, master_end) is written by the master */
    uint64_t diff[SORT_MAX_WORKERS];
    uint32_t count[SORT_MAX_WORKERS][TOP_RADIX];
};

struct radix_job {
    struct sort_input in;
    size_t n;
    struct radix_header *h;
    struct sort_pair *pairs;
    size_t *perm;
    uint32_t *stage; /* indices of workers 1.. when they cannot write perm */
};

/* What every worker derives from the shared counts. */
struct layout {
    int shift;
    size_t start[TOP_RADIX + 1]; /* bucket b is pairs [start[b], start[b + 1]) */
    unsigned first, last;        /* this worker's buckets */
};

static const __sm_loc radix_loc = {__FILE__, __LINE__, 0, "sm_argsort"};

/* The master's keys and perm are mapped in already, a new worker's are
 * not (a first touch costs far more than the sorting of a page on some
 * virtual machines), and the master copies the others' indices into a
 * private perm: so it takes 1.5 shares of the keys and of the output. */
static size_t share_begin(size_t n, int w, int nworkers) {
    unsigned units = w ? 2 * (unsigned)w + 1 : 0;
    return (size_t)((unsigned __int128)n * units / (2 * (unsigned)nworkers + 1));
}

static inline unsigned top_digit(uint64_t key, int shift) {
    return (unsigned)(key >> shift) & (TOP_RADIX - 1);
}

static uint64_t differing_bits(const struct sort_input *in, size_t lo, size_t hi) {
    uint64_t first = sort_key(in, 0), diff = 0;
    for (size_t i = lo; i < hi; i++)
        diff |= sort_key(in, i) ^ first;
    return diff;
}

static int top_shift(const struct radix_header *h, int nworkers) {
    uint64_t diff = 0;
    int top;

    for (int w = 0; w < nworkers; w++)
        diff |= h->diff[w];
    top = diff ? 64 - __builtin_clzll(diff) : 0;
    return top > TOP_BITS ? top - TOP_BITS : 0;
}

static void count_top(const struct sort_input *in, size_t lo, size_t hi, int shift,
                      uint32_t *count) {
    uint32_t local[TOP_RADIX] = {0};
    for (size_t i = lo; i < hi; i++)
        local[top_digit(sort_key(in, i), shift)]++;
    memcpy(count, local, sizeof local);
}

/* Bucket starts, and the buckets whose start falls in worker w's share of
 * the output. */
static void plan(const struct radix_header *h, size_t n, int w, int nworkers, struct layout *l) {
    size_t sum = 0, from = share_begin(n, w, nworkers), to = share_begin(n, w + 1, nworkers);

    l->shift = top_shift(h, nworkers);
    l->first = l->last = TOP_RADIX;
    for (unsigned b = 0; b < TOP_RADIX; b++) {
        l->start[b] = sum;
        if (l->first == TOP_RADIX && (sum >= from || w == 0))
            l->first = b;
        if (l->last == TOP_RADIX && sum >= to && w + 1 < nworkers)
            l->last = b;
        for (int v = 0; v < nworkers; v++)
            sum += h->count[v][b];
    }
    l->start[TOP_RADIX] = sum;
}

static void scatter_top(const struct radix_job *j, const struct layout *l, size_t lo, size_t hi,
                        int w) {
    size_t next[TOP_RADIX];

    for (unsigned b = 0; b < TOP_RADIX; b++) {
        next[b] = l->start[b];
        for (int v = 0; v < w; v++)
            next[b] += j->h->count[v][b];
        __sm_populate(j->pairs + next[b], j->h->count[w][b] * sizeof *j->pairs);
    }
    for (size_t i = lo; i < hi; i++) {
        uint64_t key = sort_key(&j->in, i);
        j->pairs[next[top_digit(key, l->shift)]++] = (struct sort_pair){key, (uint32_t)i};
    }
}

static void insertion_sort(struct sort_pair *a, size_t n) {
    for (size_t i = 1; i < n; i++) {
        struct sort_pair x = a[i];
        size_t j = i;
        for (; j > 0 && a[j - 1].key > x.key; j--)
            a[j] = a[j - 1];
        a[j] = x;
    }
}

static void lsd_pass(const struct sort_pair *src, struct sort_pair *dst, size_t n, int shift,
                     uint32_t *count) {
    uint32_t sum = 0;
    for (unsigned d = 0; d < DIGIT_RADIX; d++) {
        uint32_t c = count[d];
        count[d] = sum;
        sum += c;
    }
    for (size_t i = 0; i < n; i++)
        dst[count[(src[i].key >> shift) & (DIGIT_RADIX - 1)]++] = src[i];
}

/* Sorts src[0, n) on key bits [0, bits) through tmp (2n pairs); returns
 * where the sorted pairs are. */
static const struct sort_pair *lsd_sort(const struct sort_pair *src, size_t n, int bits,
                                        struct sort_pair *tmp, uint32_t (*count)[DIGIT_RADIX]) {
    int ndigits = (bits + DIGIT_BITS - 1) / DIGIT_BITS;
    struct sort_pair *dst = tmp;

    memset(count, 0, (size_t)ndigits * sizeof count[0]);
    for (size_t i = 0; i < n; i++)
        for (int d = 0; d < ndigits; d++)
            count[d][(src[i].key >> (d * DIGIT_BITS)) & (DIGIT_RADIX - 1)]++;
    for (int d = 0; d < ndigits; d++) {
        if (count[d][(src[0].key >> (d * DIGIT_BITS)) & (DIGIT_RADIX - 1)] == n)
            continue; /* every key has this digit */
        lsd_pass(src, dst, n, d * DIGIT_BITS, count[d]);
        src = dst;
        dst = dst == tmp ? tmp + n : tmp;
    }
    return src;
}

static void write_indices(const struct radix_job *j, int w, const struct sort_pair *p, size_t n,
                          size_t at) {
    if (w == 0 || !j->stage)
        for (size_t i = 0; i < n; i++)
            j->perm[at + i] = p[i].idx;
    else
        for (size_t i = 0; i < n; i++)
            j->stage[at + i] = p[i].idx;
}

static int sort_buckets(const struct radix_job *j, const struct layout *l, int w) {
    size_t largest = 0;
    struct sort_pair *tmp = NULL;
    uint32_t(*count)[DIGIT_RADIX] = NULL;

    for (unsigned b = l->first; b < l->last; b++)
        if (l->start[b + 1] - l->start[b] > largest)
            largest = l->start[b + 1] - l->start[b];
    if (largest > INSERTION_MAX && l->shift > 0) {
        tmp = malloc(2 * largest * sizeof *tmp);
        count = malloc(MAX_DIGITS * sizeof *count);
        if (!tmp || !count)
            return free(tmp), free(count), -1;
    }
    for (unsigned b = l->first; b < l->last; b++) {
        struct sort_pair *a = j->pairs + l->start[b];
        const struct sort_pair *sorted = a;
        size_t n = l->start[b + 1] - l->start[b];
        if (n <= INSERTION_MAX)
            insertion_sort(a, n);
        else if (l->shift > 0)
            sorted = lsd_sort(a, n, l->shift, tmp, count);
        write_indices(j, w, sorted, n, l->start[b]);
    }
    free(tmp);
    free(count);
    return 0;
}

static void radix_share(const struct radix_job *j, int w, int nworkers) {
    size_t lo = share_begin(j->n, w, nworkers), hi = share_begin(j->n, w + 1, nworkers);
    struct layout l;

    j->h->diff[w] = differing_bits(&j->in, lo, hi);
    __sm_barrier(&radix_loc);
    count_top(&j->in, lo, hi, top_shift(j->h, nworkers), j->h->count[w]);
    __sm_barrier(&radix_loc);
    plan(j->h, j->n, w, nworkers, &l);
    scatter_top(j, &l, lo, hi, w);
    if (w == 0)
        j->h->master_end = l.start[l.last];
    __sm_barrier(&radix_loc);
    if (sort_buckets(j, &l, w) != 0)
        atomic_store(&j->h->failed, 1);
}

static void run_team(const struct radix_job *j, int nworkers) {
    int w;

    if (nworkers == 1) {
        radix_share(j, 0, 1);
        return;
    }
    w = __sm_parallel_begin(&radix_loc, nworkers, 1);
    radix_share(j, w, sm_num_workers());
    __sm_parallel_end();
}

/* Header, pairs and, when workers other than the master cannot write a
 * private perm, 32-bit staging for their indices: one shared mapping. */
static size_t header_bytes(void) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    return (sizeof(struct radix_header) + page - 1) / page * page;
}

static int map_scratch(struct radix_job *j, int nworkers, size_t *bytes) {
    int staging = nworkers > 1 && !sm_is_shared(j->perm);
    char *p;

    *bytes = header_bytes() + j->n * (sizeof(struct sort_pair) + staging * sizeof(uint32_t));
    p = sm_map_shared(*bytes);
    if (!p)
        return -1;
    j->h = (struct radix_header *)p;
    j->pairs = (struct sort_pair *)(p + header_bytes());
    j->stage = staging ? (uint32_t *)(j->pairs + j->n) : NULL;
    return 0;
}

int __sm_argsort_radix(const struct sort_input *in, size_t n, size_t *perm, const char *name) {
    struct radix_job j = {.in = *in, .n = n, .perm = perm};
    int nworkers = __sm_sort_team_size(n), failed;
    size_t bytes;

    if (map_scratch(&j, nworkers, &bytes) != 0) {
        __sm_error_set("%s: cannot map scratch for %zu elements: %s", name, n, strerror(errno));
        errno = ENOMEM;
        return -1;
    }
    if (j.stage)
        __sm_sort_perm_advise(perm, n, MADV_DONTFORK);
    run_team(&j, nworkers);
    if (j.stage)
        __sm_sort_perm_advise(perm, n, MADV_DOFORK);
    failed = atomic_load(&j.h->failed);
    if (!failed && j.stage)
        for (size_t i = j.h->master_end; i < n; i++)
            perm[i] = j.stage[i];
    munmap(j.h, bytes);
    if (failed) {
        __sm_error_set("%s: out of memory for a radix bucket", name);
        errno = ENOMEM;
        return -1;
    }
    return 0;
}
