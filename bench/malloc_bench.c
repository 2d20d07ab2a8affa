/*
 * malloc_bench - small-block malloc/free throughput of the shared heap
 * against glibc's malloc, with the same number of processes.
 *
 * usage: malloc_bench [ops [reps [max]]]   (defaults: 2000000 ops, 5 reps, 4096)
 *
 * Each process keeps 1024 live blocks and, ops times, frees a random one and
 * allocates a new one of a random size from 16 B to max bytes (smaller sizes
 * more likely), writing its first and last byte.  After an untimed warm-up
 * pass, each process times its own loop.  sm_malloc runs in the workers of a
 * parallel region; glibc's malloc in plain forked processes.  Prints ns per
 * free+malloc pair, the slowest process's time, median of reps runs.
 */
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#define LIVE 1024
#define MAX_PROCS 64

static unsigned size_doublings = 8; /* sizes up to 16 << 8 = 4 KiB */

struct allocator {
    const char *name;
    void *(*alloc)(size_t);
    void (*release)(void *);
};

static uint64_t next_random(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* 16 B to 16 << size_doublings, each power of two equally likely. */
static size_t random_size(uint64_t *rng) {
    uint64_t r = next_random(rng);
    size_t base = (size_t)16 << (r % size_doublings);
    return base + (r >> 8) % base;
}

static void churn(const struct allocator *a, char **live, long ops, uint64_t *rng) {
    for (long i = 0; i < ops; i++) {
        uint64_t r = next_random(rng);
        char **slot = &live[r % LIVE];
        a->release(*slot);
        size_t size = random_size(rng);
        char *p = a->alloc(size);
        p[0] = p[size - 1] = (char)r;
        *slot = p;
    }
}

/* Seconds this process takes for ops free+malloc pairs, after a warm-up. */
static double timed_churn(const struct allocator *a, long ops, int id) {
    char *live[LIVE] = {0};
    uint64_t rng = 0x9e3779b97f4a7c15ull * (uint64_t)(id + 1);
    churn(a, live, ops / 10, &rng);
    double t0 = sm_wtime();
    churn(a, live, ops, &rng);
    double t = sm_wtime() - t0;
    for (int i = 0; i < LIVE; i++)
        a->release(live[i]);
    return t;
}

static double slowest(const double *t, int n) {
    double max = 0;
    for (int i = 0; i < n; i++)
        max = t[i] > max ? t[i] : max;
    return max;
}

static double run_sm(const struct allocator *a, int procs, long ops, double *times) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    __sm_parallel_begin(&loc, procs, 1);
    int id = sm_worker_id();
    times[id] = timed_churn(a, ops, id);
    __sm_parallel_end();
    return slowest(times, procs);
}

static double run_forked(const struct allocator *a, int procs, long ops, double *times) {
    for (int id = 0; id < procs; id++)
        if (fork() == 0) {
            times[id] = timed_churn(a, ops, id);
            _exit(0);
        }
    for (int id = 0; id < procs; id++)
        wait(NULL);
    return slowest(times, procs);
}

static int cmp_double(const void *x, const void *y) {
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

static double median_ns(double (*run)(const struct allocator *, int, long, double *),
                        const struct allocator *a, int procs, long ops, int reps, double *times) {
    double t[reps];
    for (int i = 0; i < reps; i++)
        t[i] = run(a, procs, ops, times) / (double)ops * 1e9;
    qsort(t, (size_t)reps, sizeof t[0], cmp_double);
    return t[reps / 2];
}

int main(int argc, char **argv) {
    long ops = argc > 1 ? atol(argv[1]) : 2000000;
    int reps = argc > 2 ? atoi(argv[2]) : 5;
    long max = argc > 3 ? atol(argv[3]) : 4096;
    if (ops < 1 || reps < 1 || max < 32) {
        fprintf(stderr, "usage: malloc_bench [ops [reps [max]]]\n");
        return 2;
    }
    for (size_doublings = 1; (32l << size_doublings) <= max; size_doublings++)
        ;
    static const struct allocator libc = {"glibc malloc", malloc, free};
    static const struct allocator shared = {"sm_malloc", sm_malloc, sm_free};
    double *times = mmap(NULL, MAX_PROCS * sizeof *times, PROT_READ | PROT_WRITE,
                         MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    printf(
        "%ld free+malloc pairs per process, sizes in [16, %ld) B, %d live blocks, median of %d\n",
        ops, 16l << size_doublings, LIVE, reps);
    printf("%-10s %14s %14s %8s\n", "processes", "glibc ns/op", "sm ns/op", "ratio");
    for (int procs = 1; procs <= 2; procs++) {
        double ns_libc = median_ns(run_forked, &libc, procs, ops, reps, times);
        double ns_sm = median_ns(run_sm, &shared, procs, ops, reps, times);
        printf("%-10d %14.1f %14.1f %8.2f\n", procs, ns_libc, ns_sm, ns_sm / ns_libc);
    }
    return 0;
}
