/*
 * map_bench - per-job overhead of sm_map() with empty jobs.
 *
 * usage: map_bench [workers [jobs]]   (defaults: 2 workers, 200000 jobs)
 * Prints the overhead per job for unordered and ordered mode, median of 3.
 */
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

static int empty_job(size_t job, void *result, void *arg) {
    (void)arg;
    *(size_t *)result = job;
    return 0;
}

static void sum(size_t job, const void *result, void *arg) {
    (void)job;
    *(size_t *)arg += *(const size_t *)result;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double per_job_us(size_t njobs, int workers, int ordered) {
    double t[3];
    for (int i = 0; i < 3; i++) {
        sm_map_options opts = {.ordered = ordered, .num_workers = workers};
        size_t total = 0;
        double t0 = sm_wtime();
        if (sm_map(njobs, sizeof(size_t), empty_job, sum, &total, &opts) != 0 ||
            total != njobs * (njobs - 1) / 2) {
            fprintf(stderr, "map_bench: %s\n", sm_last_error());
            exit(1);
        }
        t[i] = (sm_wtime() - t0) / (double)njobs * 1e6;
    }
    qsort(t, 3, sizeof t[0], cmp_double);
    return t[1];
}

int main(int argc, char **argv) {
    int workers = argc > 1 ? atoi(argv[1]) : 2;
    size_t njobs = argc > 2 ? strtoul(argv[2], NULL, 10) : 200000;

    printf("sm_map, %zu empty jobs, %d workers: %.2f us/job unordered, %.2f us/job ordered\n",
           njobs, workers, per_job_us(njobs, workers, 0), per_job_us(njobs, workers, 1));
    return 0;
}
