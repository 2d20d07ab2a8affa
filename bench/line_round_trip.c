/*
 * line_round_trip - how long one cache line takes to go from one CPU to
 * the other and back: two processes, each pinned to its own CPU, take
 * turns writing a counter in a shared page.
 *
 * Every barrier, lock hand-off and reduction of the syncbench rows costs a
 * few of these round trips, for libgomp as for sharedmem, so bench/run.sh
 * prints this before and after them.  On the VM of docs/performance.md it
 * is ~55 ns or ~330 ns depending on where the host runs the two vCPUs at
 * the time, and the rows move with it.
 *
 * usage: line_round_trip [cpu_a cpu_b]   (default: the first two CPUs of
 * the affinity mask).  Prints the median of 5 runs of 200000 round trips,
 * in ns.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TRIPS 200000
#define RUNS 5

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static void pin(int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) != 0) {
        perror("line_round_trip: sched_setaffinity");
        exit(1);
    }
}

/* The first two CPUs this process may run on, or -1 if there is one. */
static int first_cpus(int *a, int *b) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        return -1;
    *a = *b = -1;
    for (int c = 0; c < CPU_SETSIZE; c++)
        if (CPU_ISSET(c, &set)) {
            if (*a < 0)
                *a = c;
            else if (*b < 0)
                *b = c;
        }
    return *b < 0 ? -1 : 0;
}

/* The counter goes 0, 1, 2, ...: odd values are written by the partner,
 * even ones by us.  The clock starts once the partner is running on its
 * CPU (ready, on the next cache line).  Returns ns per round trip. */
static double one_run(_Atomic unsigned *line, int cpu_a, int cpu_b) {
    _Atomic unsigned *ready = line + 64 / sizeof *line;
    atomic_store(line, 0);
    atomic_store(ready, 0);
    pid_t partner = fork();
    if (partner < 0) {
        perror("line_round_trip: fork");
        exit(1);
    }
    if (partner == 0) {
        pin(cpu_b);
        atomic_store(ready, 1);
        for (unsigned i = 0; i < TRIPS; i++) {
            while (atomic_load_explicit(line, memory_order_acquire) != 2 * i + 1)
                ;
            atomic_store_explicit(line, 2 * i + 2, memory_order_release);
        }
        _exit(0);
    }
    pin(cpu_a);
    while (!atomic_load(ready))
        ;
    double t0 = now();
    for (unsigned i = 0; i < TRIPS; i++) {
        atomic_store_explicit(line, 2 * i + 1, memory_order_release);
        while (atomic_load_explicit(line, memory_order_acquire) != 2 * i + 2)
            ;
    }
    double ns = (now() - t0) / TRIPS * 1e9;
    waitpid(partner, NULL, 0);
    return ns;
}

static int cmp_double(const void *x, const void *y) {
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

int main(int argc, char **argv) {
    int cpu_a, cpu_b;
    if (argc == 3) {
        cpu_a = atoi(argv[1]);
        cpu_b = atoi(argv[2]);
    } else if (argc != 1 || first_cpus(&cpu_a, &cpu_b) != 0) {
        fprintf(stderr, "usage: line_round_trip [cpu_a cpu_b] (needs two CPUs)\n");
        return 2;
    }
    _Atomic unsigned *line =
        mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (line == MAP_FAILED) {
        perror("line_round_trip: mmap");
        return 1;
    }
    double ns[RUNS];
    for (int r = 0; r < RUNS; r++)
        ns[r] = one_run(line, cpu_a, cpu_b);
    qsort(ns, RUNS, sizeof ns[0], cmp_double);
    printf("%.0f\n", ns[RUNS / 2]);
    return 0;
}
