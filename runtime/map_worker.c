/*
 * map_worker.c - the loop of an sm_map() worker process.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "map.h"
#include "os.h"

void __sm_map_notify_master(struct map_shared *sh) {
    atomic_fetch_add_explicit(&sh->event, 1, memory_order_seq_cst);
    if (atomic_load_explicit(&sh->master_waiting, memory_order_seq_cst))
        sm_futex_wake_all(&sh->event);
}

static int stopped(const struct map_run *run) {
    return atomic_load_explicit(&run->sh->stop, memory_order_relaxed);
}

/* Waits until the ring has a free slot; NULL when the map is stopped. */
static char *free_slot(struct map_run *run, int w) {
    struct map_ring *ring = &run->rings[w];
    uint32_t tail = ring->tail;

    for (;;) {
        uint32_t head = atomic_load_explicit(&ring->head, memory_order_acquire);
        if (tail - head < run->ring_slots)
            return map_slot(run, w, tail);
        if (stopped(run))
            return NULL;
        atomic_store_explicit(&ring->worker_waiting, 1, memory_order_seq_cst);
        if (atomic_load_explicit(&ring->head, memory_order_seq_cst) == head)
            sm_futex_wait(&ring->head, head, 100000000L);
        atomic_store_explicit(&ring->worker_waiting, 0, memory_order_relaxed);
    }
}

/* Runs one job into a fresh slot; 0 when the worker should go on. */
static int run_job(struct map_run *run, int w, size_t job) {
    struct map_ring *ring = &run->rings[w];
    char *slot = free_slot(run, w);
    int rc;

    if (!slot)
        return -1;
    memset(slot + MAP_SLOT_HEADER, 0, run->result_size);
    *(size_t *)slot = job;
    atomic_store_explicit(&ring->cur_job, job, memory_order_relaxed);
    rc = run->work(job, slot + MAP_SLOT_HEADER, run->arg);
    if (rc != 0) {
        ring->failed_job = job;
        atomic_store_explicit(&ring->failed_code, rc, memory_order_release);
        atomic_store_explicit(&run->sh->stop, 1, memory_order_relaxed);
        __sm_map_notify_master(run->sh);
        return -1;
    }
    atomic_store_explicit(&ring->cur_job, MAP_NO_JOB, memory_order_relaxed);
    atomic_store_explicit(&ring->tail, ring->tail + 1, memory_order_release);
    __sm_map_notify_master(run->sh);
    return 0;
}

void __sm_map_worker(struct map_run *run, int w) {
    while (!stopped(run)) {
        size_t begin =
            atomic_fetch_add_explicit(&run->sh->next_job, run->chunk, memory_order_relaxed);
        size_t end = begin + run->chunk < run->njobs ? begin + run->chunk : run->njobs;
        if (begin >= run->njobs)
            break;
        for (size_t job = begin; job < end; job++)
            if (run_job(run, w, job) != 0)
                goto out;
    }
out:
    fflush(NULL);
    atomic_store_explicit(&run->rings[w].done, 1, memory_order_release);
    __sm_map_notify_master(run->sh);
    _exit(0);
}
