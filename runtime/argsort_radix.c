/*
 * argsort_radix.c - the typed sorts: a radix partition over threads.
 *
 * The typed sorts run no user code, so their workers are threads of the
 * caller rather than forked processes: they share its page tables, so no
 * page is mapped in twice (a first touch of a page by a process costs far
 * more than sorting it on some virtual machines), the keys and perm need
 * no copy-on-write snapshot, and every thread writes perm directly.
 *
 * The keys are cut into chunks, and each step is shared out dynamically,
 * a chunk or a bucket at a time, because the two vCPUs of a shared virtual
 * machine need not run at the same speed:
 *
 *   1. per chunk, OR together how its keys differ from key 0; the highest
 *      differing bit fixes the top digit (the 11 bits below it);
 *   2. per chunk, count its keys per top digit (a bucket);
 *   3. from all the counts, where each chunk's part of each bucket goes;
 *      each chunk's (key, index) pairs are scattered there;
 *   4. each bucket is sorted on the bits below the top digit (LSD, in a
 *      cache-sized buffer) and its indices written where its keys were.
 *
 * A bucket holds chunk 0's pairs, then chunk 1's, ..., each in index
 * order, and LSD passes are stable: equal keys keep their index order.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "argsort.h"
#include "error.h"
#include "os.h"

#define TOP_BITS 11
#define TOP_RADIX (1u << TOP_BITS)
#define DIGIT_BITS_MAX 12
#define DIGIT_RADIX (1u << DIGIT_BITS_MAX)
#define MAX_DIGITS ((64 - TOP_BITS + DIGIT_BITS_MAX - 1) / DIGIT_BITS_MAX)
#define INSERTION_MAX 32

/* A bucket's buffers hold pairs; packed, the LSD passes move 12 bytes, not 16. */
struct sort_pair {
    uint64_t key; /* order-preserving unsigned image of the user's key */
    uint32_t idx;
} __attribute__((packed));

#define CHUNKS_MAX 64
#define CHUNK_MIN 16384 /* keys */
#define SAMPLE 1024     /* keys that guess the top digit */

struct radix_job {
    struct sort_input in;
    size_t n;
    unsigned nchunks;
    int nthreads;
    int guess; /* the shift of the top digit the keys were counted at */
    int shift; /* the shift of the top digit */
    _Atomic int failed;
    _Atomic uint32_t go;      /* set once every thread is created */
    _Atomic uint32_t arrived; /* barrier */
    _Atomic uint32_t generation;
    /* The next chunk or bucket to hand out, per step. */
    _Atomic unsigned next_count, next_recount, next_scatter, next_bucket;
    uint64_t *diff; /* per chunk: how its keys differ from key 0 */
    /* Per chunk, per bucket: how many keys; then where the next one goes. */
    uint32_t (*count)[TOP_RADIX];
    uint32_t start[TOP_RADIX + 1]; /* bucket b is pairs [start[b], start[b + 1]) */
    uint32_t largest;              /* bucket's size */
    uint64_t *keys;                /* the scattered keys: perm's memory ... */
    uint32_t *idx;                 /* ... and their indices */
    size_t *perm;
};

static inline unsigned top_digit(uint64_t key, int shift) {
    return (unsigned)(key >> shift) & (TOP_RADIX - 1);
}

static size_t chunk_begin(const struct radix_job *j, unsigned c) {
    return sort_block_begin(j->n, (int)c, (int)j->nchunks);
}

/* The shift of the top digit, for keys that differ from key 0 in diff. */
static int shift_for(uint64_t diff) {
    int top = diff ? 64 - __builtin_clzll(diff) : 0;
    return top > TOP_BITS ? top - TOP_BITS : 0;
}

/* The shift for a sample of the keys, which nearly always is the shift
 * for all of them: counting with it spares a pass over the keys. */
static int guess_shift(const struct sort_input *in, size_t n) {
    uint64_t first = sort_key(in, 0), diff = 0;
    size_t step = n / SAMPLE + 1;

    for (size_t i = 0; i < n; i += step)
        diff |= sort_key(in, i) ^ first;
    return shift_for(diff);
}

/* Chunk c's keys per top digit at shift, and how they differ from key 0. */
static void count_chunk(struct radix_job *j, unsigned c, int shift) {
    size_t lo = chunk_begin(j, c), hi = chunk_begin(j, c + 1);
    const struct sort_input in = j->in;
    uint64_t first = sort_key(&in, 0), diff = 0;
    uint32_t count[TOP_RADIX] = {0};

    for (size_t i = lo; i < hi; i++) {
        uint64_t key = sort_key(&in, i);
        diff |= key ^ first;
        count[top_digit(key, shift)]++;
    }
    memcpy(j->count[c], count, sizeof count);
    j->diff[c] = diff;
}

/* Each chunk's counts become where its first pair of each bucket goes. */
static void place_chunks(struct radix_job *j) {
    uint32_t at = 0;

    j->largest = 0;
    for (unsigned b = 0; b < TOP_RADIX; b++) {
        j->start[b] = at;
        for (unsigned c = 0; c < j->nchunks; c++) {
            uint32_t count = j->count[c][b];
            j->count[c][b] = at;
            at += count;
        }
        if (at - j->start[b] > j->largest)
            j->largest = at - j->start[b];
    }
    j->start[TOP_RADIX] = at;
}

static void scatter_chunk(const struct radix_job *j, unsigned c) {
    size_t lo = chunk_begin(j, c), hi = chunk_begin(j, c + 1);
    const struct sort_input in = j->in;
    uint64_t *keys = j->keys;
    uint32_t *idx = j->idx, next[TOP_RADIX];
    int shift = j->shift;

    memcpy(next, j->count[c], sizeof next);
    for (size_t i = lo; i < hi; i++) {
        uint64_t key = sort_key(&in, i);
        uint32_t at = next[top_digit(key, shift)]++;
        keys[at] = key;
        idx[at] = (uint32_t)i;
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
                     uint64_t mask, uint32_t *count) {
    uint32_t sum = 0;
    for (unsigned d = 0; d <= mask; d++) {
        uint32_t c = count[d];
        count[d] = sum;
        sum += c;
    }
    for (size_t i = 0; i < n; i++)
        dst[count[(src[i].key >> shift) & mask]++] = src[i];
}

/* Sorts a[0, n) on key bits [0, bits), b[0, n) being scratch, in as few
 * passes of at most DIGIT_BITS_MAX bits as can be, of equal width; returns
 * which of the two holds the result. */
static const struct sort_pair *lsd_sort(struct sort_pair *a, struct sort_pair *b, size_t n,
                                        int bits, uint32_t (*count)[DIGIT_RADIX]) {
    int ndigits = (bits + DIGIT_BITS_MAX - 1) / DIGIT_BITS_MAX;
    int width = (bits + ndigits - 1) / ndigits;
    uint64_t mask = (UINT64_C(1) << width) - 1;

    for (int d = 0; d < ndigits; d++)
        memset(count[d], 0, (mask + 1) * sizeof count[d][0]);
    for (size_t i = 0; i < n; i++)
        for (int d = 0; d < ndigits; d++)
            count[d][(a[i].key >> (d * width)) & mask]++;
    for (int d = 0; d < ndigits; d++) {
        struct sort_pair *t = a;
        if (count[d][(a[0].key >> (d * width)) & mask] == n)
            continue; /* every key has this digit */
        lsd_pass(a, b, n, d * width, mask, count[d]);
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

/* A thread's buffers for its buckets, made when it takes its first one:
 * room for twice the largest bucket, of which the pages of a large malloc
 * are mapped in only as far as its buckets reach.  (Growing them bucket by
 * bucket mapped fresh pages each time.) */
struct bucket_buffers {
    struct sort_pair *pairs;
    uint32_t (*count)[DIGIT_RADIX];
};

static int make_buffers(struct bucket_buffers *buf, size_t largest) {
    if (buf->pairs)
        return 0;
    buf->count = malloc(MAX_DIGITS * sizeof *buf->count);
    buf->pairs =
        malloc(2 * (largest > INSERTION_MAX ? largest : INSERTION_MAX) * sizeof *buf->pairs);
    return buf->pairs && buf->count ? 0 : -1;
}

/* A bucket's indices go where its keys were: perm[lo, hi). */
static void sort_bucket(const struct radix_job *j, unsigned b, struct bucket_buffers *buf) {
    size_t lo = j->start[b], n = j->start[b + 1] - lo;
    struct sort_pair *tmp = buf->pairs;
    const struct sort_pair *sorted = tmp;

    gather(j, lo, lo + n, tmp);
    if (n <= INSERTION_MAX)
        insertion_sort(tmp, n);
    else if (j->shift > 0)
        sorted = lsd_sort(tmp, tmp + n, n, j->shift, buf->count);
    write_indices(j->perm + lo, sorted, n);
}

static int sort_buckets(struct radix_job *j) {
    struct bucket_buffers buf = {0};
    unsigned b;
    int failed = 0;

    while (!failed && (b = atomic_fetch_add(&j->next_bucket, 1)) < TOP_RADIX) {
        if (j->start[b + 1] == j->start[b])
            continue;
        failed = make_buffers(&buf, j->largest);
        if (!failed)
            sort_bucket(j, b, &buf);
    }
    free(buf.pairs);
    free(buf.count);
    return failed;
}

/* Every thread of the team waits here until all have arrived; the last to
 * arrive runs last(j) first. */
static void team_barrier(struct radix_job *j, void (*last)(struct radix_job *)) {
    uint32_t generation = atomic_load(&j->generation);

    if (atomic_fetch_add(&j->arrived, 1) + 1 == (uint32_t)j->nthreads) {
        if (last)
            last(j);
        atomic_store(&j->arrived, 0);
        atomic_fetch_add(&j->generation, 1);
        sm_futex_wake_all(&j->generation);
        return;
    }
    while (atomic_load(&j->generation) == generation)
        sm_futex_wait(&j->generation, generation, -1);
}

static int next_chunk(const struct radix_job *j, _Atomic unsigned *next, unsigned *c) {
    *c = atomic_fetch_add(next, 1);
    return *c < j->nchunks;
}

/* Maps in, in one call each, the pages the scatter will write for keys
 * [lo, hi) (rather than a fault per page in scatter order). */
static void map_in(const struct radix_job *j, size_t lo, size_t hi) {
    sm_populate(j->keys + lo, (hi - lo) * sizeof *j->keys);
    sm_populate(j->idx + lo, (hi - lo) * sizeof *j->idx);
}

/* All keys differ from key 0 in the bits of diff: the counts are right if
 * they were made at the shift this gives. */
static void settle_shift(struct radix_job *j) {
    uint64_t diff = 0;

    for (unsigned c = 0; c < j->nchunks; c++)
        diff |= j->diff[c];
    j->shift = shift_for(diff);
    if (j->shift == j->guess)
        place_chunks(j);
}

static void radix_share(struct radix_job *j) {
    unsigned c;

    while (next_chunk(j, &j->next_count, &c)) {
        count_chunk(j, c, j->guess);
        map_in(j, chunk_begin(j, c), chunk_begin(j, c + 1));
    }
    team_barrier(j, settle_shift);
    if (j->shift != j->guess) {
        while (next_chunk(j, &j->next_recount, &c))
            count_chunk(j, c, j->shift);
        team_barrier(j, place_chunks);
    }
    while (next_chunk(j, &j->next_scatter, &c))
        scatter_chunk(j, c);
    team_barrier(j, NULL);
    if (sort_buckets(j) != 0)
        atomic_store(&j->failed, 1);
}

static void *sort_thread(void *p) {
    struct radix_job *j = p;

    while (!atomic_load(&j->go))
        sm_futex_wait(&j->go, 0, -1);
    radix_share(j);
    return NULL;
}

/* Threads 1 .. wanted - 1 join the caller, as many as can be created. */
static void run_team(struct radix_job *j, int wanted) {
    pthread_t tid[SORT_MAX_WORKERS];
    int n = 1;

    for (; n < wanted; n++)
        if (pthread_create(&tid[n], NULL, sort_thread, j) != 0)
            break;
    j->nthreads = n;
    atomic_store(&j->go, 1);
    sm_futex_wake_all(&j->go);
    radix_share(j);
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

/* Per chunk its bucket counts and key differences; the keys unless perm
 * holds them; the indices. */
static size_t scratch_bytes(size_t n, int keys_in_perm) {
    size_t per_chunk = sizeof(uint32_t[TOP_RADIX]) + sizeof(uint64_t);
    return CHUNKS_MAX * per_chunk + n * (sizeof(uint32_t) + (keys_in_perm ? 0 : sizeof(uint64_t)));
}

static unsigned chunks_for(size_t n) {
    size_t chunks = n / CHUNK_MIN;
    return chunks < 1 ? 1 : chunks > CHUNKS_MAX ? CHUNKS_MAX : (unsigned)chunks;
}

int __sm_argsort_radix(const struct sort_input *in, size_t n, size_t *perm, const char *name) {
    struct radix_job j = {.in = *in, .n = n, .nchunks = chunks_for(n), .perm = perm};
    int keys_in_perm = perm_holds_keys(in, n, perm);
    char *p = __sm_sort_scratch_take(scratch_bytes(n, keys_in_perm));

    if (!p) {
        __sm_error_set("%s: cannot map scratch for %zu elements: %s", name, n, strerror(errno));
        errno = ENOMEM;
        return -1;
    }
    j.count = (uint32_t(*)[TOP_RADIX])p;
    j.diff = (uint64_t *)(j.count + CHUNKS_MAX);
    j.keys = keys_in_perm ? (uint64_t *)perm : j.diff + CHUNKS_MAX;
    j.idx = (uint32_t *)(keys_in_perm ? j.diff + CHUNKS_MAX : j.keys + n);
    j.guess = guess_shift(in, n);
    run_team(&j, __sm_sort_team_size(n));
    __sm_sort_scratch_give_back(p);
    if (atomic_load(&j.failed)) {
        __sm_error_set("%s: out of memory for a radix bucket", name);
        errno = ENOMEM;
        return -1;
    }
    return 0;
}
