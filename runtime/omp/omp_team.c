/* omp_team.c - team queries of the sm_ API over OpenMP threads. */
#include <sharedmem.h>

#include <omp.h>
#include <stdlib.h>

/* sharedmem_abi.h makes programs that include it reference this anchor
 * (threads share every global: nothing to set up), and smcc links with
 * -u on it: defining it here links this file, and so the start-up reading
 * of SM_NUM_WORKERS and SM_DEBUG, into programs that call no sm_ function. */
char __sm_shared_globals_anchor;

static int default_workers;
static int requested_workers; /* sm_set_num_workers; 0: the default */
static int debug_on;

/* The team size before any sm_set_num_workers, honouring SM_NUM_WORKERS
 * (which takes precedence over OMP_NUM_THREADS, as in the process runtime). */
static int initial_workers(void) {
    if (default_workers == 0) {
        const char *env = getenv("SM_NUM_WORKERS");
        int n = env ? atoi(env) : 0;
        default_workers = n > 0 ? n : omp_get_max_threads();
    }
    return default_workers;
}

/* Debug mode runs every region with one thread, like the process runtime
 * running every region in the master alone. */
static void apply_team_size(void) {
    int n = requested_workers ? requested_workers : initial_workers();
    omp_set_num_threads(debug_on ? 1 : n);
}

__attribute__((constructor)) static void sm_omp_init(void) {
    const char *debug = getenv("SM_DEBUG");
    debug_on = debug && atoi(debug) > 0;
    apply_team_size();
}

int sm_worker_id(void) {
    return omp_get_thread_num();
}

int sm_num_workers(void) {
    return omp_get_num_threads();
}

int sm_max_workers(void) {
    return omp_get_max_threads();
}

void sm_set_num_workers(int n) {
    requested_workers = n >= 1 ? n : 0;
    apply_team_size();
}

int sm_in_parallel(void) {
    return omp_in_parallel();
}

double sm_wtime(void) {
    return omp_get_wtime();
}

void sm_set_debug(int on) {
    debug_on = on != 0;
    apply_team_size();
}
