/*
 * map.c - sm_map(): dynamic map over jobs with the reduce on the master.
 *
 * Outside a parallel region the master forks worker processes that run the
 * jobs (map_worker.c) while it reduces their results (map_master.c).  Inside
 * a region, in debug mode, or when no worker can be forked, the caller runs
 * every job itself, in order.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/prctl.h>

#include "error.h"
#include "map.h"
#include "os.h"

/* Result slots per worker: enough to keep workers busy while the master
 * reduces, few enough that large results stay within a few MiB. */
#define MAP_RING_BYTES (4u << 20)
#define MAP_RING_MAX 256u

static int run_in_caller(struct map_run *run) {
    char *result = run->result_size ? calloc(1, run->result_size) : NULL;
    int rc = 0;

    if (run->result_size && !result) {
        __sm_error_set("sm_map: out of memory for a %zu-byte result", run->result_size);
        return -1;
    }
    for (size_t job = 0; job < run->njobs && rc == 0; job++) {
        memset(result, 0, run->result_size);
        rc = run->work(job, result, run->arg);
        if (rc != 0)
            __sm_error_set("sm_map: job %zu failed in worker 0 (pid %d): returned %d", job,
                           (int)getpid(), rc);
        else if (run->reduce)
            run->reduce(job, result, run->arg);
    }
    free(result);
    return rc != 0 ? -1 : 0;
}

/* 0, or -1 if the rings' size does not fit in a size_t. */
static int size_rings(struct map_run *run) {
    size_t stride, want, bytes;
    uint32_t slots = 2;

    if (__builtin_add_overflow(run->result_size, MAP_SLOT_HEADER + 63, &stride))
        return -1;
    stride &= ~(size_t)63;
    want = MAP_RING_BYTES / stride;
    while (slots < MAP_RING_MAX && (size_t)slots * 2 <= want)
        slots *= 2;
    run->slot_stride = stride;
    run->ring_slots = slots;
    if (__builtin_mul_overflow(stride, (size_t)slots * (size_t)run->nworkers, &bytes))
        return -1;
    return bytes > SIZE_MAX / 2 ? -1 : 0; /* room for the header and the rings */
}

static int map_shared_state(struct map_run *run) {
    size_t head = (sizeof(struct map_shared) + 63) & ~(size_t)63;
    size_t rings = (sizeof(struct map_ring) * (size_t)run->nworkers + 63) & ~(size_t)63;
    size_t slots = run->slot_stride * run->ring_slots * (size_t)run->nworkers;
    char *base;

    run->map_bytes = head + rings + slots;
    base = sm_map_shared(run->map_bytes);
    if (!base) {
        __sm_error_set("sm_map: cannot map %zu bytes of result slots: %s", run->map_bytes,
                       strerror(errno));
        return -1;
    }
    run->sh = (struct map_shared *)base;
    run->rings = (struct map_ring *)(base + head);
    run->slots = base + head + rings;
    for (int w = 0; w < run->nworkers; w++)
        run->rings[w].cur_job = MAP_NO_JOB;
    return 0;
}

static void start_worker(struct map_run *run, int w, pid_t parent) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(127);
    __sm_map_become_worker(w + 1);
    __sm_map_worker(run, w);
}

/* Forks the workers; returns how many are running. */
static int fork_workers(struct map_run *run) {
    pid_t parent = getpid();
    int w;

    fflush(NULL);
    for (w = 0; w < run->nworkers; w++) {
        pid_t pid = fork();
        if (pid < 0)
            break;
        if (pid == 0)
            start_worker(run, w, parent);
        run->pids[w] = pid;
    }
    return w;
}

static int run_with_workers(struct map_run *run) {
    int rc;

    if (size_rings(run) != 0) {
        __sm_error_set("sm_map: result_size %zu is too large", run->result_size);
        errno = ENOMEM;
        return -1;
    }
    __sm_map_prepare_team();
    run->pids = calloc((size_t)run->nworkers, sizeof *run->pids);
    if (!run->pids || map_shared_state(run) != 0) {
        free(run->pids);
        return run_in_caller(run);
    }
    __sm_map_forks_begin();
    run->nworkers = fork_workers(run);
    __sm_map_forks_end();
    __sm_map_reducing(1);
    rc = run->nworkers > 0 ? __sm_map_coordinate(run) : run_in_caller(run);
    __sm_map_reducing(0);
    if (rc != 0 && run->nworkers > 0)
        __sm_map_release_locks();
    munmap(run->sh, run->map_bytes);
    free(run->pids);
    return rc;
}

static int team_size(const struct map_run *run, const sm_map_options *opts) {
    size_t batches = (run->njobs + run->chunk - 1) / run->chunk;
    int n = opts && opts->num_workers > 0 ? opts->num_workers : sm_max_workers();

    if (n < 1)
        n = 1;
    n = __sm_map_clamp_workers(n);
    return (size_t)n > batches ? (int)batches : n;
}

int sm_map(size_t njobs, size_t result_size, sm_work_fn work, sm_reduce_fn reduce, void *arg,
           const sm_map_options *opts) {
    struct map_run run = {
        .njobs = njobs,
        .result_size = result_size,
        .chunk = opts && opts->chunk ? opts->chunk : 1,
        .work = work,
        .reduce = reduce,
        .arg = arg,
        .ordered = opts ? opts->ordered : 0,
    };

    if (!work) {
        __sm_error_set("sm_map: work function is NULL");
        errno = EINVAL;
        return -1;
    }
    if (njobs == 0)
        return 0;
    if (__sm_map_in_caller())
        return run_in_caller(&run);
    run.nworkers = team_size(&run, opts);
    return run_with_workers(&run);
}
