/*
 * argsort_radix.c - the typed sorts: a radix partition over threads.
 *
 * The typed sorts run no user code, so their workers are threads of the
 * caller rather than forked processes: they share its page tables, so no
 * page is mapped in twice (a first touch of a page by a process costs far
 * more than sorting it on some virtual machines), the keys and perm need
 * no copy-on-write snapshot, and every thread writes perm directly.
 *
 * Every thread reads only its own block of the keys, and writes only its
 * own range of the output, with no merge:
 *
 *   1. each thread ORs together how its keys differ from key 0; the
 *      highest differing bit fixes the top digit (the 11 bits below it);
 *   2. each thread counts its keys per top digit (a bucket);
 *   3. from all the counts every thread knows where each thread's part of
 *      each bucket goes, and scatters its (key, index) pairs there; the
 *      buckets are dealt out as contiguous output ranges of about n /
 *      threads elements;
 *   4. each thread sorts its buckets on the bits below the top digit (LSD,
 *      in cache-sized buffers) and writes their indices.
 *
 * A bucket holds thread 0's pairs, then thread 1's, ..., each in index
 * order, and LSD passes are stable: equal keys keep their index order.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "argsort.h"
#include "error.h"
#include "fromfile.h"
#include "os.h"

#define TOP_BITS 11
#define TOP_RADIX (1u << TOP_BITS)
#define DIGIT_BITS 11
#define DIGIT_RADIX (1u << DIGIT_BITS)
#define MAX_DIGITS ((64 - TOP_BITS + DIGIT_BITS - 1) / DIGIT_BITS)
#define INSERTION_MAX 32

/* A bucket's buffers hold pairs; packed, the LSD passes move 12 bytes, not 16. */
struct sort_pair {
    uint64_t key; /* order-preserving unsigned image of the user's key */
    uint32_t idx;
} __attribute__((packed));

struct radix_job {
    struct sort_input in;
    size_t n;
    int nthreads;
    _Atomic int failed;
    _Atomic uint32_t go;      /* set once every thread is created */
    _Atomic uint32_t arrived; /* barrier */
    _Atomic uint32_t generation;
    uint64_t *diff;               /* per thread */
    uint32_t (*count)[TOP_RADIX]; /* per thread, per bucket */
    uint64_t *keys;               /* the scattered keys: perm's memory ... */
    uint32_t *idx;                /* ... and their indices */
    size_t *perm;
};

/* What every thread derives from the counts. */
struct layout {
    int shift;
    size_t start[TOP_RADIX + 1]; /* bucket b is pairs [start[b], start[b + 1]) */
    unsigned first, last;        /* this thread's buckets */
};

static inline unsigned top_digit(uint64_t key, int shift) {
    return (unsigned)(key >> shift) & (TOP_RADIX - 1);
}

static uint64_t differing_bits(const struct sort_input *in, size_t lo, size_t hi) {
    uint64_t first = sort_key(in, 0), diff = 0;
    for (size_t i = lo; i < hi; i++)
        diff |= sort_key(in, i) ^ first;
    return diff;
}

static int top_shift(const struct radix_job *j) {
    uint64_t diff = 0;
    int top;

    for (int w = 0; w < j->nthreads; w++)
        diff |= j->diff[w];
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

/* Bucket starts, and the buckets whose start falls in thread w's share of
 * the output. */
static void plan(const struct radix_job *j, int w, struct layout *l) {
    int nthreads = j->nthreads;
    size_t sum = 0, from = sort_block_begin(j->n, w, nthreads);
    size_t to = sort_block_begin(j->n, w + 1, nthreads);

    l->shift = top_shift(j);
    l->first = l->last = TOP_RADIX;
    for (unsigned b = 0; b < TOP_RADIX; b++) {
        l->start[b] = sum;
        if (l->first == TOP_RADIX && (sum >= from || w == 0))
            l->first = b;
        if (l->last == TOP_RADIX && sum >= to && w + 1 < nthreads)
            l->last = b;
        for (int v = 0; v < nthreads; v++)
            sum += j->count[v][b];
    }
    l->start[TOP_RADIX] = sum;
}

static void scatter_top(const struct radix_job *j, const struct layout *l, size_t lo, size_t hi,
                        int w) {
    size_t next[TOP_RADIX];

    for (unsigned b = 0; b < TOP_RADIX; b++) {
        next[b] = l->start[b];
        for (int v = 0; v < w; v++)
            next[b] += j->count[v][b];
        __sm_populate(j->keys + next[b], j->count[w][b] * sizeof *j->keys);
        __sm_populate(j->idx + next[b], j->count[w][b] * sizeof *j->idx);
    }
    for (size_t i = lo; i < hi; i++) {
        uint64_t key = sort_key(&j->in, i);
        size_t at = next[top_digit(key, l->shift)]++;
        j->keys[at] = key;
        j->idx[at] = (uint32_t)i;
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

/* Sorts a[0, n) on key bits [0, bits), b[0, n) being scratch; returns
 * which of the two holds the result. */
static const struct sort_pair *lsd_sort(struct sort_pair *a, struct sort_pair *b, size_t n,
                                        int bits, uint32_t (*count)[DIGIT_RADIX]) {
    int ndigits = (bits + DIGIT_BITS - 1) / DIGIT_BITS;

    memset(count, 0, (size_t)ndigits * sizeof count[0]);
    for (size_t i = 0; i < n; i++)
        for (int d = 0; d < ndigits; d++)
            count[d][(a[i].key >> (d * DIGIT_BITS)) & (DIGIT_RADIX - 1)]++;
    for (int d = 0; d < ndigits; d++) {
        struct sort_pair *t = a;
        if (count[d][(a[0].key >> (d * DIGIT_BITS)) & (DIGIT_RADIX - 1)] == n)
            continue; /* every key has this digit */
        lsd_pass(a, b, n, d * DIGIT_BITS, count[d]);
        a = b;
        b = t;
    }
    return a;
}

static void write_indices(size_t *out, const struct sort_pair *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        out[i] = p[i].idx;
}

/* Bucket [lo, hi) of the columns into tmp as pairs. */
static void gather(const struct radix_job *j, size_t lo, size_t hi, struct sort_pair *tmp) {
    for (size_t i = lo; i < hi; i++)
        tmp[i - lo] = (struct sort_pair){j->keys[i], j->idx[i]};
}

/* A bucket's indices go where its keys were: perm[lo, hi). */
static int sort_buckets(const struct radix_job *j, const struct layout *l) {
    size_t largest = INSERTION_MAX;
    struct sort_pair *tmp;
    uint32_t(*count)[DIGIT_RADIX];

    for (unsigned b = l->first; b < l->last; b++)
        if (l->start[b + 1] - l->start[b] > largest)
            largest = l->start[b + 1] - l->start[b];
    tmp = malloc(2 * largest * sizeof *tmp);
    count = malloc(MAX_DIGITS * sizeof *count);
    if (!tmp || !count)
        return free(tmp), free(count), -1;
    for (unsigned b = l->first; b < l->last; b++) {
        size_t lo = l->start[b], n = l->start[b + 1] - lo;
        const struct sort_pair *sorted = tmp;
        gather(j, lo, lo + n, tmp);
        if (n <= INSERTION_MAX)
            insertion_sort(tmp, n);
        else if (l->shift > 0)
            sorted = lsd_sort(tmp, tmp + n, n, l->shift, count);
        write_indices(j->perm + lo, sorted, n);
    }
    free(tmp);
    free(count);
    return 0;
}

/* Every thread of the team waits here until all have arrived. */
static void team_barrier(struct radix_job *j) {
    uint32_t generation = atomic_load(&j->generation);

    if (atomic_fetch_add(&j->arrived, 1) + 1 == (uint32_t)j->nthreads) {
        atomic_store(&j->arrived, 0);
        atomic_fetch_add(&j->generation, 1);
        sm_futex_wake_all(&j->generation);
        return;
    }
    while (atomic_load(&j->generation) == generation)
        sm_futex_wait(&j->generation, generation, -1);
}

static void radix_share(struct radix_job *j, int w) {
    size_t lo = sort_block_begin(j->n, w, j->nthreads);
    size_t hi = sort_block_begin(j->n, w + 1, j->nthreads);
    struct layout l;

    j->diff[w] = differing_bits(&j->in, lo, hi);
    team_barrier(j);
    count_top(&j->in, lo, hi, top_shift(j), j->count[w]);
    team_barrier(j);
    plan(j, w, &l);
    scatter_top(j, &l, lo, hi, w);
    team_barrier(j);
    if (sort_buckets(j, &l) != 0)
        atomic_store(&j->failed, 1);
}

struct thread_arg {
    struct radix_job *job;
    int w;
};

static void *sort_thread(void *p) {
    struct thread_arg *a = p;

    while (!atomic_load(&a->job->go))
        sm_futex_wait(&a->job->go, 0, -1);
    radix_share(a->job, a->w);
    return NULL;
}

/* Threads 1 .. wanted - 1 join the caller, as many as can be created. */
static void run_team(struct radix_job *j, int wanted) {
    pthread_t tid[SORT_MAX_WORKERS];
    struct thread_arg arg[SORT_MAX_WORKERS];
    int n = 1;

    for (; n < wanted; n++) {
        arg[n] = (struct thread_arg){j, n};
        if (pthread_create(&tid[n], NULL, sort_thread, &arg[n]) != 0)
            break;
    }
    j->nthreads = n;
    atomic_store(&j->go, 1);
    sm_futex_wake_all(&j->go);
    radix_share(j, 0);
    for (int w = 1; w < n; w++)
        pthread_join(tid[w], NULL);
}

/* The scattered keys go to perm's memory, whose bytes every bucket
 * overwrites with its own indices only after reading its keys, which saves
 * 8 n bytes of scratch; unless perm overlaps the keys being read. */
static int perm_holds_keys(const struct sort_input *in, size_t n, const size_t *perm) {
    const char *keys = in->base, *p = (const char *)perm;
    if (sizeof *perm != sizeof(uint64_t))
        return 0;
    return p + n * sizeof *perm <= keys || keys + n * 8 <= p;
}

/* The indices; the keys unless perm holds them. */
static size_t scratch_bytes(size_t n, int keys_in_perm) {
    return n * (sizeof(uint32_t) + (keys_in_perm ? 0 : sizeof(uint64_t)));
}

static int fail(const char *name, const char *what, size_t n) {
    __sm_error_set("%s: cannot %s for %zu elements: %s", name, what, n, strerror(errno));
    errno = ENOMEM;
    return -1;
}

int __sm_argsort_radix(const struct sort_input *in, size_t n, size_t *perm, const char *name) {
    struct radix_job j = {.in = *in, .n = n, .perm = perm};
    int nthreads = __sm_sort_team_size(n), keys_in_perm = perm_holds_keys(in, n, perm);
    size_t per_thread = sizeof *j.count + sizeof *j.diff;
    char *p = __sm_sort_scratch_take(scratch_bytes(n, keys_in_perm));

    if (!p)
        return fail(name, "map scratch", n);
    j.count = malloc((size_t)nthreads * per_thread);
    if (!j.count) {
        __sm_sort_scratch_give_back(p);
        return fail(name, "allocate bucket counts", n);
    }
    j.diff = (uint64_t *)(j.count + nthreads);
    j.keys = keys_in_perm ? (uint64_t *)perm : (uint64_t *)p;
    j.idx = (uint32_t *)(keys_in_perm ? p : p + n * sizeof *j.keys);
    run_team(&j, nthreads);
    free(j.count);
    __sm_sort_scratch_give_back(p);
    if (atomic_load(&j.failed)) {
        __sm_error_set("%s: out of memory for a radix bucket", name);
        errno = ENOMEM;
        return -1;
    }
    return 0;
}
