/*
 * regionbench - cost of a parallel region's entry and exit against a raw
 * fork() + waitpid(), with the master holding N MiB of touched memory.
 *
 * Private memory is mmap(MAP_PRIVATE) (under smcc, malloc is the shared
 * heap); shared memory is sm_malloc.  Both measurements run in the same
 * process with the same mappings, alternately (each measured one after an
 * unmeasured one of its own kind), and each is the median of the
 * repetitions.  Prints "memory sharedmem_us fork_us sharedmem_cpu_us
 * fork_cpu_us sharedmem_faults fork_faults" lines (CPU and page faults:
 * master and workers, mean over the repetitions; less sensitive to a
 * loaded machine than wall time), then
 * "worker_reads_..." lines: a region whose worker 1 reads N MiB of the
 * shared heap that the master filled, against the master reading it
 * (every page is new to the worker's address space).
 *
 *   regionbench [workers [row]]   (workers: default 2; the baseline forks
 *                                  workers - 1; row: only the rows whose
 *                                  name starts with it)
 */
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_REPS 41

static int workers = 2;
static const char *only_rows;

static int wanted(const char *label) {
    return !only_rows || strncmp(label, only_rows, strlen(only_rows)) == 0;
}

static double region_us(void) {
    double t0 = sm_wtime();
#pragma sm parallel num_workers(workers)
    { /* empty: entry and exit only */
    }
    return (sm_wtime() - t0) * 1e6;
}

static double fork_us(void) {
    pid_t pids[256];
    double t0 = sm_wtime();
    for (int i = 1; i < workers; i++) {
        pids[i] = fork();
        if (pids[i] == 0)
            _exit(0);
    }
    for (int i = 1; i < workers; i++)
        waitpid(pids[i], NULL, 0);
    return (sm_wtime() - t0) * 1e6;
}

/* CPU seconds and page faults of this process and its reaped children. */
struct usage {
    double cpu;
    double faults;
};

static struct usage usage(void) {
    struct rusage self, children;
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    struct usage u;
    u.cpu = (double)(self.ru_utime.tv_sec + self.ru_stime.tv_sec + children.ru_utime.tv_sec +
                     children.ru_stime.tv_sec) +
            (double)(self.ru_utime.tv_usec + self.ru_stime.tv_usec + children.ru_utime.tv_usec +
                     children.ru_stime.tv_usec) *
                1e-6;
    u.faults = (double)(self.ru_minflt + self.ru_majflt + children.ru_minflt + children.ru_majflt);
    return u;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void measure(const char *label, int reps) {
    double sm[MAX_REPS], raw[MAX_REPS];
    struct usage sm_use = {0, 0}, raw_use = {0, 0};
    region_us(); /* the first region maps the team block */
    for (int k = 0; k < reps; k++) {
        /* Each measured one follows an unmeasured one of its own kind, as
         * in a program that runs them back to back: a fork write-protects
         * every private page, and the page a region writes first (sm_rt)
         * is not one a raw fork writes. */
        fork_us();
        struct usage u0 = usage();
        raw[k] = fork_us();
        struct usage u1 = usage();
        region_us();
        struct usage u2 = usage();
        sm[k] = region_us();
        struct usage u3 = usage();
        raw_use.cpu += u1.cpu - u0.cpu;
        raw_use.faults += u1.faults - u0.faults;
        sm_use.cpu += u3.cpu - u2.cpu;
        sm_use.faults += u3.faults - u2.faults;
    }
    qsort(sm, (size_t)reps, sizeof sm[0], cmp_double);
    qsort(raw, (size_t)reps, sizeof raw[0], cmp_double);
    printf("%s %.1f %.1f %.1f %.1f %.1f %.1f\n", label, sm[reps / 2], raw[reps / 2],
           sm_use.cpu / reps * 1e6, raw_use.cpu / reps * 1e6, sm_use.faults / reps,
           raw_use.faults / reps);
    fflush(stdout);
}

static void *private_touched(size_t bytes) {
    char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        exit(1);
    }
    memset(p, 1, bytes);
    return p;
}

static void private_rows(void) {
    static const size_t mib[] = {16, 256, 1024};
    for (int i = 0; i < 3; i++) {
        char label[64];
        snprintf(label, sizeof label, "private_%zuMiB", mib[i]);
        if (!wanted(label))
            continue;
        size_t bytes = mib[i] << 20;
        void *p = private_touched(bytes);
        measure(label, mib[i] >= 1024 ? 11 : 21);
        munmap(p, bytes);
    }
}

static void shared_row(void) {
    if (!wanted("shared_1024MiB"))
        return;
    size_t bytes = (size_t)1 << 30;
    char *p = sm_malloc(bytes);
    if (!p) {
        fprintf(stderr, "regionbench: sm_malloc(1 GiB) failed\n");
        exit(1);
    }
    memset(p, 1, bytes);
    measure("shared_1024MiB", 11);
    sm_free(p);
}

static double sum_bytes(const unsigned char *p, size_t n) {
    unsigned long sum = 0;
    for (size_t i = 0; i < n; i += 64)
        sum += p[i];
    return (double)sum;
}

static double checksum;

static void first_touch_row(size_t mib) {
    char label[64];
    snprintf(label, sizeof label, "worker_reads_%zuMiB", mib);
    if (!wanted(label))
        return;
    size_t bytes = mib << 20;
    unsigned char *p = sm_malloc(bytes);
    memset(p, 1, bytes);
    double t0 = sm_wtime();
    checksum += sum_bytes(p, bytes);
    double master_us = (sm_wtime() - t0) * 1e6;
    t0 = sm_wtime();
#pragma sm parallel num_workers(2)
    if (sm_worker_id() == 1) {
        volatile double sink = sum_bytes(p, bytes); /* the read must happen */
        (void)sink;
    }
    double region_us = (sm_wtime() - t0) * 1e6;
    printf("%s %.1f %.1f - -\n", label, region_us, master_us);
    sm_free(p);
}

int main(int argc, char **argv) {
    if (argc > 1)
        workers = atoi(argv[1]);
    if (workers < 2 || workers > 256)
        workers = 2;
    if (argc > 2)
        only_rows = argv[2];
    printf("# regionbench: %d workers; region entry+exit vs fork()+waitpid(), us\n", workers);
    if (wanted("baseline"))
        measure("baseline", 41);
    private_rows();
    shared_row();
    first_touch_row(64);
    first_touch_row(256);
    return checksum < 0;
}
