/*
 * map_master.c - the master of an sm_map() call: reduces results as they
 * arrive, watches its workers, and on a failure stops them all.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "error.h"
#include "map.h"
#include "os.h"

/* How often the master looks for dead workers while it has nothing to do. */
#define MAP_POLL_NS 10000000L

static void consume(struct map_run *run, int w) {
    struct map_ring *ring = &run->rings[w];
    const char *slot = map_slot(run, w, ring->head);

    if (run->reduce)
        run->reduce(map_slot_job(slot), slot + MAP_SLOT_HEADER, run->arg);
    atomic_store_explicit(&ring->head, ring->head + 1, memory_order_seq_cst);
    if (atomic_load_explicit(&ring->worker_waiting, memory_order_seq_cst))
        sm_futex_wake_all(&ring->head);
}

static int ring_has(const struct map_run *run, int w) {
    const struct map_ring *ring = &run->rings[w];
    return atomic_load_explicit(&ring->tail, memory_order_acquire) != ring->head;
}

/* Reduces everything available; returns how many results it reduced. */
static size_t drain_unordered(struct map_run *run) {
    size_t n = 0;

    for (int w = 0; w < run->nworkers; w++)
        for (; ring_has(run, w); n++)
            consume(run, w);
    return n;
}

static size_t drain_ordered(struct map_run *run, size_t next) {
    size_t n = 0;
    int w = 0, misses = 0;

    while (misses < run->nworkers) {
        if (ring_has(run, w) && map_slot_job(map_slot(run, w, run->rings[w].head)) == next + n) {
            consume(run, w);
            n++;
            misses = 0;
            continue;
        }
        misses++;
        w = (w + 1) % run->nworkers;
    }
    return n;
}

static const char *signal_name(int sig) {
    const char *name = sigabbrev_np(sig);
    return name ? name : "?";
}

/* describe_status()'s status for a worker the program reaped itself. */
#define STATUS_TAKEN (-1)

static void describe_status(char *buf, size_t len, int status) {
    if (status == STATUS_TAKEN)
        snprintf(buf, len, "ended (the program's own wait() took its status)");
    else if (WIFSIGNALED(status))
        snprintf(buf, len, "killed by SIG%s", signal_name(WTERMSIG(status)));
    else
        snprintf(buf, len, "exited with status %d", WEXITSTATUS(status));
}

static void report_death(struct map_run *run, int w, int status) {
    size_t job = atomic_load_explicit(&run->rings[w].cur_job, memory_order_relaxed);
    char cause[64];

    describe_status(cause, sizeof cause, status);
    if (job == MAP_NO_JOB)
        __sm_error_set("sm_map: worker %d (pid %d) %s between jobs", w + 1, (int)run->pids[w],
                       cause);
    else
        __sm_error_set("sm_map: job %zu failed in worker %d (pid %d): %s", job, w + 1,
                       (int)run->pids[w], cause);
}

/* A worker that returned nonzero from work(); -1 if there is one. */
static int check_failed(struct map_run *run) {
    for (int w = 0; w < run->nworkers; w++) {
        struct map_ring *ring = &run->rings[w];
        int code = atomic_load_explicit(&ring->failed_code, memory_order_acquire);
        if (code != 0) {
            __sm_error_set("sm_map: job %zu failed in worker %d (pid %d): returned %d",
                           ring->failed_job, w + 1, (int)run->pids[w], code);
            return -1;
        }
    }
    return 0;
}

/* r < 0: the program reaped the worker (SIGCHLD ignored, or its handler
 * calls waitpid(-1)) and took its status; its record of having left its
 * loop is all there is. */
static int ended_normally(struct map_run *run, int w, pid_t r, int status) {
    int done = atomic_load_explicit(&run->rings[w].done, memory_order_acquire);
    return done && (r < 0 || (WIFEXITED(status) && WEXITSTATUS(status) == 0));
}

/* Reaps workers that have ended; -1 if one ended before finishing. */
static int check_workers(struct map_run *run, int options) {
    for (int w = 0; w < run->nworkers; w++) {
        int status = 0;
        pid_t r;
        if (run->pids[w] == 0)
            continue;
        do
            r = waitpid(run->pids[w], &status, options);
        while (r < 0 && errno == EINTR);
        if (r == 0)
            continue;
        if (!ended_normally(run, w, r, status)) {
            report_death(run, w, r < 0 ? STATUS_TAKEN : status);
            run->pids[w] = 0;
            return -1;
        }
        run->pids[w] = 0;
    }
    return 0;
}

static void wait_for_event(struct map_run *run, uint32_t seen) {
    struct map_shared *sh = run->sh;

    atomic_store_explicit(&sh->master_waiting, 1, memory_order_seq_cst);
    if (atomic_load_explicit(&sh->event, memory_order_seq_cst) == seen)
        sm_futex_wait(&sh->event, seen, MAP_POLL_NS);
    atomic_store_explicit(&sh->master_waiting, 0, memory_order_relaxed);
}

static void stop_all(struct map_run *run) {
    atomic_store_explicit(&run->sh->stop, 1, memory_order_seq_cst);
    for (int w = 0; w < run->nworkers; w++)
        if (run->pids[w] > 0)
            kill(run->pids[w], SIGKILL);
    for (int w = 0; w < run->nworkers; w++)
        if (run->pids[w] > 0)
            while (waitpid(run->pids[w], NULL, 0) < 0 && errno == EINTR)
                ;
}

int __sm_map_coordinate(struct map_run *run) {
    size_t reduced = 0;
    int rc = 0;

    while (reduced < run->njobs) {
        uint32_t seen = atomic_load_explicit(&run->sh->event, memory_order_seq_cst);
        size_t n = run->ordered ? drain_ordered(run, reduced) : drain_unordered(run);
        reduced += n;
        if (atomic_load_explicit(&run->sh->stop, memory_order_acquire)) {
            rc = check_failed(run);
            break;
        }
        if (n == 0 && (rc = check_workers(run, WNOHANG)) != 0)
            break;
        if (n == 0 && reduced < run->njobs)
            wait_for_event(run, seen);
    }
    if (rc == 0)
        rc = check_workers(run, 0);
    if (rc != 0)
        stop_all(run);
    return rc;
}
