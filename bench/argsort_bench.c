/*
 * argsort_bench - sm_argsort_f64 on random doubles at 1 and 2 workers,
 * against qsort with an index comparator.
 *
 * usage: argsort_bench [n]   (default 2e7).  A first call (1 worker) maps
 * in the sort's scratch, which later calls reuse, and perm; it is timed on
 * its own.  Then wall times are medians of 5 runs, 1 and 2 workers
 * alternating (1 run for qsort, which is slow); in brackets the CPU
 * seconds (user + sys, workers included) of that run, which say more than
 * wall time on a loaded machine.  perm is private malloc memory, as in
 * plain C; a second line gives the times with perm from sm_empty (what
 * smcc's malloc gives), which the workers write directly.  The last line
 * is a control, run before and after the sorts: how much faster two
 * processes finish twice a fixed busy loop than one process does (2.00x on
 * two idle cores); on a shared machine it bounds the speed-up any 2-worker
 * run can show.
 */
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define RUNS 5

struct timing {
    double wall, cpu;
};

static const double *qsort_keys;

static int cmp_index(const void *a, const void *b) {
    double x = qsort_keys[*(const size_t *)a], y = qsort_keys[*(const size_t *)b];
    return (x > y) - (x < y);
}

static int cmp_wall(const void *a, const void *b) {
    double x = ((const struct timing *)a)->wall, y = ((const struct timing *)b)->wall;
    return (x > y) - (x < y);
}

static double cpu_seconds(void) {
    struct rusage self, children;
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    return (double)(self.ru_utime.tv_sec + self.ru_stime.tv_sec + children.ru_utime.tv_sec +
                    children.ru_stime.tv_sec) +
           1e-6 * (double)(self.ru_utime.tv_usec + self.ru_stime.tv_usec +
                           children.ru_utime.tv_usec + children.ru_stime.tv_usec);
}

static struct timing time_sort(const double *keys, size_t n, size_t *perm, int workers) {
    double t0 = sm_wtime(), c0 = cpu_seconds();
    sm_set_num_workers(workers);
    if (sm_argsort_f64(keys, n, perm) != 0) {
        fprintf(stderr, "argsort_bench: %s\n", sm_last_error());
        exit(1);
    }
    return (struct timing){sm_wtime() - t0, cpu_seconds() - c0};
}

/* 1 and 2 workers alternately, so that a change in the machine's load
 * hits both alike; medians of RUNS. */
static void time_sm(const double *keys, size_t n, size_t *perm, struct timing *one,
                    struct timing *two) {
    struct timing t1[RUNS], t2[RUNS];
    for (int i = 0; i < RUNS; i++) {
        t1[i] = time_sort(keys, n, perm, 1);
        t2[i] = time_sort(keys, n, perm, 2);
    }
    qsort(t1, RUNS, sizeof t1[0], cmp_wall);
    qsort(t2, RUNS, sizeof t2[0], cmp_wall);
    *one = t1[RUNS / 2];
    *two = t2[RUNS / 2];
}

static struct timing time_qsort(const double *keys, size_t n, size_t *perm) {
    double t0 = sm_wtime(), c0 = cpu_seconds();
    for (size_t i = 0; i < n; i++)
        perm[i] = i;
    qsort_keys = keys;
    qsort(perm, n, sizeof *perm, cmp_index);
    return (struct timing){sm_wtime() - t0, cpu_seconds() - c0};
}

static volatile double busy_sink;

static void busy_loop(void) {
    double x = 0;
    for (long i = 0; i < 200000000; i++)
        x += (double)i * 1e-9;
    busy_sink = x;
}

/* Two busy loops: in one process, and in two processes at once. */
static double parallel_capacity(void) {
    double t0 = sm_wtime(), one, two;
    pid_t pid;
    busy_loop();
    busy_loop();
    one = sm_wtime() - t0;
    t0 = sm_wtime();
    pid = fork();
    busy_loop();
    if (pid == 0)
        _exit(0);
    waitpid(pid, NULL, 0);
    two = sm_wtime() - t0;
    return one / two;
}

static void report(const char *what, struct timing one, struct timing two, struct timing q) {
    printf("%s: 1 worker %.3f s [%.2f cpu], 2 workers %.3f s [%.2f cpu]: %.2fx; "
           "qsort+index cmp %.3f s [%.2f cpu] is %.2fx slower than 2 workers\n",
           what, one.wall, one.cpu, two.wall, two.cpu, one.wall / two.wall, q.wall, q.cpu,
           q.wall / two.wall);
}

int main(int argc, char **argv) {
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 20000000;
    double *keys = malloc(n * sizeof *keys);
    size_t *perm = malloc(n * sizeof *perm), *shared_perm = sm_empty(n, sizeof *perm);
    struct timing first, t1, t2, s1, s2, tq;
    double before, after;

    srand(1);
    for (size_t i = 0; i < n; i++)
        keys[i] = (double)rand() / RAND_MAX;
    before = parallel_capacity();
    first = time_sort(keys, n, perm, 1);
    time_sm(keys, n, perm, &t1, &t2);
    time_sm(keys, n, shared_perm, &s1, &s2);
    tq = time_qsort(keys, n, perm);
    after = parallel_capacity();
    printf("argsort of %zu random doubles; the first call (1 worker, mapping in scratch and "
           "perm) took %.3f s [%.2f cpu]\n",
           n, first.wall, first.cpu);
    report("private perm", t1, t2, tq);
    report("perm from sm_empty", s1, s2, tq);
    printf("control: 2 processes ran a busy loop %.2fx (before) and %.2fx (after) as fast as 1 "
           "(2.00x = two free cores)\n",
           before, after);
    return 0;
}
