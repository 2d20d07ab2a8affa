/*
 * map_worker.c - the loop of an sm_map() worker process.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>

#include "map.h"

int __sm_map_futex_wait(uint32_t *word, uint32_t expected, long timeout_ns) {
    struct timespec ts = {timeout_ns / 1000000000L, timeout_ns % 1000000000L};

    return (int)syscall(SYS_futex, word, FUTEX_WAIT, expected, &ts, NULL, 0);
}

void __sm_map_futex_wake(uint32_t *word) {
    syscall(SYS_futex, word, FUTEX_WAKE, INT_MAX, NULL, NULL, 0);
}

void __sm_map_notify_master(struct map_shared *sh) {
    __atomic_fetch_add(&sh->event, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&sh->master_waiting, __ATOMIC_SEQ_CST))
        __sm_map_futex_wake(&sh->event);
}

static int stopped(const struct map_run *run) {
    return __atomic_load_n(&run->sh->stop, __ATOMIC_RELAXED);
}

/* Waits until the ring has a free slot; NULL when the map is stopped. */
static char *free_slot(struct map_run *run, int w) {
    struct map_ring *ring = &run->rings[w];
    uint32_t tail = ring->tail;

    for (;;) {
        uint32_t head = __atomic_load_n(&ring->head, __ATOMIC_ACQUIRE);
        if (tail - head < run->ring_slots)
            return map_slot(run, w, tail);
        if (stopped(run))
            return NULL;
        __atomic_store_n(&ring->worker_waiting, 1, __ATOMIC_SEQ_CST);
        if (__atomic_load_n(&ring->head, __ATOMIC_SEQ_CST) == head)
            __sm_map_futex_wait(&ring->head, head, 100000000L);
        __atomic_store_n(&ring->worker_waiting, 0, __ATOMIC_RELAXED);
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
    __atomic_store_n(&ring->cur_job, job, __ATOMIC_RELAXED);
    rc = run->work(job, slot + MAP_SLOT_HEADER, run->arg);
    if (rc != 0) {
        ring->failed_job = job;
        __atomic_store_n(&ring->failed_code, rc, __ATOMIC_RELEASE);
        __atomic_store_n(&run->sh->stop, 1, __ATOMIC_RELAXED);
        __sm_map_notify_master(run->sh);
        return -1;
    }
    __atomic_store_n(&ring->cur_job, MAP_NO_JOB, __ATOMIC_RELAXED);
    __atomic_store_n(&ring->tail, ring->tail + 1, __ATOMIC_RELEASE);
    __sm_map_notify_master(run->sh);
    return 0;
}

void __sm_map_worker(struct map_run *run, int w) {
    while (!stopped(run)) {
        size_t begin = __atomic_fetch_add(&run->sh->next_job, run->chunk, __ATOMIC_RELAXED);
        size_t end = begin + run->chunk < run->njobs ? begin + run->chunk : run->njobs;
        if (begin >= run->njobs)
            break;
        for (size_t job = begin; job < end; job++)
            if (run_job(run, w, job) != 0)
                goto out;
    }
out:
    fflush(NULL);
    __atomic_store_n(&run->rings[w].done, 1, __ATOMIC_RELEASE);
    __sm_map_notify_master(run->sh);
    _exit(0);
}
