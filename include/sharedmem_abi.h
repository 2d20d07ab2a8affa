/*
 * sharedmem_abi.h - entry points for smpp-generated code.
 *
 * Not a user API: names and layouts may change between releases.  smpp's
 * output includes this header first, before the user's own code, so it
 * includes no system header (that would fix feature-test macros such as
 * _GNU_SOURCE before the user's file defines them) and uses only the
 * compiler's predefined types.
 */
#ifndef SHAREDMEM_ABI_H
#define SHAREDMEM_ABI_H

#ifdef __cplusplus
extern "C" {
#endif

int sm_worker_id(void);
int sm_num_workers(void);
void sm_set_debug(int on);
void sm_free(void *ptr);
/* The shared copy of a variable named in shared(): sm_copy, but with a
 * parameter that is not const, so that gcc does not take the call for a
 * read of a variable the program has not set yet (-Wmaybe-uninitialized);
 * its bytes are copied whatever they are, as the region sees them. */
void *__sm_share(void *ptr, __SIZE_TYPE__ bytes);
/* __sm_share and memcpy for volatile variables, whose qualifier their
 * parameters would drop. */
void *__sm_share_volatile(volatile void *ptr, __SIZE_TYPE__ bytes);
void __sm_copy_volatile(volatile void *dst, const volatile void *src, __SIZE_TYPE__ bytes);

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
    __UINT64_TYPE__ priv[16];
} __sm_loop;
void __sm_loop_begin(__sm_loop *loop, __UINT64_TYPE__ n, int sched, __INT64_TYPE__ chunk, int flags,
                     const __sm_loc *loc);
int __sm_loop_next(__sm_loop *loop, __UINT64_TYPE__ *begin, __UINT64_TYPE__ *end);
/* Implicit barrier unless SM_LOOP_NOWAIT. */
void __sm_loop_end(__sm_loop *loop);
/* The ordered block of logical iteration iter: runs after iter-1's. */
void __sm_ordered_begin(__sm_loop *loop, __UINT64_TYPE__ iter, const __sm_loc *loc);
void __sm_ordered_end(__sm_loop *loop, __UINT64_TYPE__ iter);

/* Reductions and lastprivate: every worker copies its partial values into
 * its slot (a struct of at most SM_REDUCE_MAX bytes; give its size and
 * alignment) and arrives.  __sm_reduce_arrive fills *view and returns 1 in
 * exactly one worker, the last to arrive, which folds every slot in worker
 * order into view->result and calls __sm_reduce_release; it returns 0 in
 * the others once that is done.  Every worker then reads view->result.
 * No second barrier is needed before the next reduction. */
#define SM_REDUCE_MAX 4096
typedef struct __sm_reduce_view {
    const unsigned char *slots; /* worker w's slot: slots + w * stride */
    __SIZE_TYPE__ stride;
    int nworkers;
    void *result;
} __sm_reduce_view;
void *__sm_reduce_slot(__SIZE_TYPE__ size, __SIZE_TYPE__ align);
int __sm_reduce_arrive(const __sm_loc *loc, __sm_reduce_view *view);
void __sm_reduce_release(void);

/* File-scope shared globals: smpp puts SM_SHARED_GLOBAL in front of the
 * definition of each global named by a file-scope `#pragma sm shared(g)`.
 * The global then lives in shared memory for the whole program; each one
 * takes at least a page (docs/heap.md). */
#define SM_SHARED_GLOBAL __attribute__((section("sm_shared"), aligned(4096)))
/* Links the code that shares them into every program using this header. */
extern char __sm_shared_globals_anchor;
static char *const __sm_shared_globals_ref __attribute__((used)) = &__sm_shared_globals_anchor;

#ifdef __cplusplus
}
#endif

#endif /* SHAREDMEM_ABI_H */
