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
#include <stdio.h>
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
/* And libc's other functions that allocate or grow a caller's block, which
 * smcc maps too: reallocarray, malloc_usable_size (any block, shared or
 * libc's), and getline and getdelim (glibc's would grow a shared-heap line
 * buffer with its own realloc). */
void *sm_reallocarray(void *ptr, size_t n, size_t size);
size_t sm_malloc_usable_size(void *ptr);
ssize_t sm_getdelim(char **lineptr, size_t *n, int delim, FILE *stream);
ssize_t sm_getline(char **lineptr, size_t *n, FILE *stream);
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
/* Unmaps the scratch the typed sorts keep for their next call. */
void sm_argsort_release(void);
void *sm_fromfile(const char *path, size_t size, size_t *count, off_t offset);
int sm_tofile(const char *path, const void *data, size_t size, size_t count);

#include "sharedmem_abi.h"

#ifdef __cplusplus
}
#endif

#endif /* SHAREDMEM_H */
