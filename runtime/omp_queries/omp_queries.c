/*
 * omp_queries.c - OpenMP's team queries, for programs ported from OpenMP
 * that still call them: each answers as its sm_ counterpart.
 *
 * A library of its own, libsharedmem-omp-queries.a, which smcc links only
 * when the program does not link libgomp itself (-fopenmp for code of its
 * own).  Hidden, so that a shared library built with OpenMP (an OpenMP
 * BLAS, say) still gets libgomp's answers for its own threads.  OpenMP's
 * locks are not here: an omp_lock_t lives in the program's memory, private
 * to each worker, and could not exclude anything; a link error says so
 * sooner than a race would.
 */
#include "../os.h"

#include <sharedmem.h>
#include <time.h>

#define HIDDEN __attribute__((visibility("hidden")))

HIDDEN int omp_get_thread_num(void) {
    return sm_worker_id();
}

HIDDEN int omp_get_num_threads(void) {
    return sm_num_workers();
}

HIDDEN int omp_get_max_threads(void) {
    return sm_max_workers();
}

HIDDEN void omp_set_num_threads(int n) {
    sm_set_num_workers(n);
}

HIDDEN int omp_in_parallel(void) {
    return sm_in_parallel();
}

HIDDEN int omp_get_num_procs(void) {
    return sm_cpu_count();
}

HIDDEN double omp_get_wtime(void) {
    return sm_wtime();
}

HIDDEN double omp_get_wtick(void) {
    struct timespec res;
    if (clock_getres(CLOCK_MONOTONIC, &res) != 0)
        return 1e-9;
    return (double)res.tv_sec + (double)res.tv_nsec * 1e-9;
}
