/*
 * sharedmem.h - public API of libsharedmem.
 *
 * The first part is the user API (prefix sm_).  The second part, behind
 * "Entry points for smpp-generated code", is the ABI between the rewriter
 * (smpp) and the runtime; user code should not call it directly.
 * docs/memory-model.md is the contract for what is shared and what is private.
 */
#ifndef SHAREDMEM_H
#define SHAREDMEM_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Team queries ------------------------------------------------------ */

/* Id of the calling worker in the innermost active team; 0 is the master. */
int sm_worker_id(void);
/* Workers in the current team; 1 outside a parallel region. */
int sm_num_workers(void);
/* Team size the next region would get without a num_workers clause. */
int sm_max_workers(void);
/* Overrides SM_NUM_WORKERS/OMP_NUM_THREADS for later regions; n < 1 resets. */
void sm_set_num_workers(int n);
/* Nonzero inside an active (team size > 1 or forked) parallel region. */
int sm_in_parallel(void);
/* Wall-clock seconds from an arbitrary fixed point (CLOCK_MONOTONIC). */
double sm_wtime(void);
/* Debug mode: every region runs in the master alone (also SM_DEBUG=1). */
void sm_set_debug(int on);

/* ---- Shared allocation -------------------------------------------------
 * Memory from these functions lives in the process-shared heap: every worker
 * of every later region sees the same bytes as the master, and memory that
 * a worker allocates stays valid in the master after the region.
 * sm_free() also accepts pointers that came from libc's malloc.
 */
void *sm_empty(size_t n, size_t size);
void *sm_zeros(size_t n, size_t size);
void *sm_copy(const void *ptr, size_t bytes);
void sm_free(void *ptr);

/* The malloc family on the shared heap.  smcc maps calls to malloc, calloc,
 * realloc, free, posix_memalign and aligned_alloc in the user's sources onto
 * these (unless --sm-private-heap). */
void *sm_malloc(size_t size);
void *sm_calloc(size_t n, size_t size);
void *sm_realloc(void *ptr, size_t size);
int sm_posix_memalign(void **out, size_t align, size_t size);
void *sm_aligned_alloc(size_t align, size_t size);
/* Nonzero if ptr points into the shared heap. */
int sm_is_shared(const void *ptr);

/* Message describing the last error of an sm_ library call in this process. */
const char *sm_last_error(void);

/* ---- Map-reduce ---------------------------------------------------------- */

typedef int (*sm_work_fn)(size_t job, void *result, void *arg);
typedef void (*sm_reduce_fn)(size_t job, const void *result, void *arg);
typedef struct sm_map_options {
    int ordered;     /* call reduce in job order (default: as results arrive) */
    size_t chunk;    /* jobs handed out at a time (0: automatic) */
    int num_workers; /* 0: the default team size */
} sm_map_options;
int sm_map(size_t njobs, size_t result_size, sm_work_fn work, sm_reduce_fn reduce, void *arg,
           const sm_map_options *opts);

/* ---- Sorting and files ----------------------------------------------------- */

int sm_argsort(const void *base, size_t n, size_t size, int (*cmp)(const void *, const void *),
               size_t *perm);
int sm_argsort_f64(const double *keys, size_t n, size_t *perm);
int sm_argsort_i64(const int64_t *keys, size_t n, size_t *perm);
void *sm_fromfile(const char *path, size_t size, size_t *count, off_t offset);
int sm_tofile(const char *path, const void *data, size_t size, size_t count);

/* ---- Entry points for smpp-generated code ----------------------------------
 * Not a user API: names and layouts may change between releases.
 */

/* Where a construct is in the user's source; static storage in generated
 * code, so a pointer to it is valid in every worker (same binary). */
typedef struct __sm_loc {
    const char *file;
    int line;
    int col;
    const char *construct; /* "parallel", "for", "barrier", ... */
} __sm_loc;

/* Opens a region like fork(): returns in every worker with its worker id
 * (0 in the master).  num_workers <= 0 means the default team size; if_true
 * == 0 means a team of one.  Inside a region the team is of one (nesting). */
int __sm_parallel_begin(const __sm_loc *loc, int num_workers, int if_true);
/* Closes the region.  In a worker: flush stdio and _exit(0); never returns.
 * In the master: waits for every worker, then returns the team size used. */
int __sm_parallel_end(void);

void __sm_barrier(const __sm_loc *loc);

/* name == NULL is the unnamed critical; equal names share one lock. */
void __sm_critical_begin(const char *name, const __sm_loc *loc);
void __sm_critical_end(const char *name);

/* Returns nonzero in exactly one worker of the team (the first to arrive). */
int __sm_single_begin(const __sm_loc *loc);
/* Ends the single construct: a barrier unless nowait. */
void __sm_single_end(int nowait, const __sm_loc *loc);

/* Work-sharing loops.  The rewriter reduces every canonical loop (and every
 * collapse nest) to n logical iterations 0..n-1 and asks the runtime for
 * ranges [begin, end) of them. */
enum {
    SM_SCHED_STATIC = 1,
    SM_SCHED_DYNAMIC = 2,
    SM_SCHED_GUIDED = 3,
    SM_SCHED_RUNTIME = 4,
    SM_SCHED_AUTO = 5
};
#define SM_LOOP_NOWAIT 1
#define SM_LOOP_ORDERED 2
typedef struct __sm_loop {
    uint64_t priv[16];
} __sm_loop;
void __sm_loop_begin(__sm_loop *loop, uint64_t n, int sched, int64_t chunk, int flags,
                     const __sm_loc *loc);
int __sm_loop_next(__sm_loop *loop, uint64_t *begin, uint64_t *end);
/* Implicit barrier unless SM_LOOP_NOWAIT. */
void __sm_loop_end(__sm_loop *loop);
/* The ordered block of logical iteration iter: runs after iter-1's. */
void __sm_ordered_begin(__sm_loop *loop, uint64_t iter, const __sm_loc *loc);
void __sm_ordered_end(__sm_loop *loop, uint64_t iter);

/* Reductions and lastprivate: every worker copies its partial values into
 * its slot (at most SM_REDUCE_MAX bytes), calls __sm_reduce_publish (a
 * barrier), then reads every worker's slot in worker order with
 * __sm_reduce_peer.  Slots are double-buffered, so no second barrier is
 * needed before the next reduction. */
#define SM_REDUCE_MAX 4096
void *__sm_reduce_slot(void);
void __sm_reduce_publish(const __sm_loc *loc);
const void *__sm_reduce_peer(int worker);

#ifdef __cplusplus
}
#endif

#endif /* SHAREDMEM_H */
