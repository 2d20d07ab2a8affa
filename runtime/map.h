/*
 * map.h - shared state of one sm_map() call, internal to libsharedmem.
 *
 * The master forks `nworkers` worker processes and stays a coordinator: it
 * only reduces.  Each worker owns a ring of result slots (single producer,
 * single consumer); it writes a job's result straight into the slot at its
 * tail, the master reduces the slot at the head.  Jobs are handed out in
 * increasing order, so each ring is sorted by job and ordered mode only has
 * to look at the heads of the rings.
 */
#ifndef SM_MAP_H
#define SM_MAP_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "sharedmem.h"

#define MAP_NO_JOB SIZE_MAX

struct map_ring {
    _Alignas(64) _Atomic uint32_t tail;  /* slots published by the worker */
    _Atomic uint32_t worker_waiting;     /* worker sleeps on head (ring full) */
    _Alignas(64) _Atomic uint32_t head;  /* slots consumed by the master */
    _Alignas(64) _Atomic size_t cur_job; /* the job the worker is running */
    _Atomic int done;                    /* worker left its loop on its own */
    _Atomic int failed_code;             /* nonzero: work() returned this */
    size_t failed_job;
};

struct map_shared {
    _Alignas(64) _Atomic size_t next_job;
    _Alignas(64) _Atomic uint32_t event; /* bumped after every publication */
    _Atomic uint32_t master_waiting;
    _Atomic int stop;
};

struct map_run {
    size_t njobs, result_size, chunk;
    sm_work_fn work;
    sm_reduce_fn reduce;
    void *arg;
    int ordered, nworkers;
    uint32_t ring_slots; /* a power of two */
    size_t slot_stride;
    size_t map_bytes;
    struct map_shared *sh;
    struct map_ring *rings; /* [nworkers] */
    char *slots;            /* [nworkers][ring_slots] */
    pid_t *pids;            /* [nworkers], 0 once reaped */
};

/* A slot: the job index, then the result. */
#define MAP_SLOT_HEADER 16

static inline char *map_slot(const struct map_run *run, int w, uint32_t pos) {
    size_t index = (size_t)w * run->ring_slots + (pos & (run->ring_slots - 1));
    return run->slots + index * run->slot_stride;
}

static inline size_t map_slot_job(const char *slot) {
    return *(const size_t *)slot;
}

/* map_team.c: the runtime state around sm_map's own workers. */
int __sm_map_in_caller(void);
void __sm_map_become_worker(int w);
int __sm_map_clamp_workers(int n);
void __sm_map_prepare_team(void);
/* Around the forks of the workers: OpenMP regions run inactive in them
 * (openmp_interop.c). */
void __sm_map_forks_begin(void);
void __sm_map_forks_end(void);
void __sm_map_release_locks(void);
void __sm_map_reducing(int on);

void __sm_map_notify_master(struct map_shared *sh);
void __sm_map_worker(struct map_run *run, int w) __attribute__((noreturn));
int __sm_map_coordinate(struct map_run *run);

#endif
