/*
 * observe.c - the hooks behind SM_STATS and SM_TRACE.
 *
 * Each process keeps a stack of the constructs it is in (regions, loops,
 * the loop chunk it runs).  A wait is charged to every construct on the
 * stack; a chunk's time, less its waits, is its loop's busy time.  When a
 * construct ends, its figures go to stats.c and its interval to trace.c.
 */
#include "internal.h"
#include "observe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

enum frame_kind { FRAME_REGION, FRAME_LOOP, FRAME_CHUNK };

struct frame {
    enum frame_kind kind;
    int forked;
    const __sm_loc *loc;
    uint64_t start;
    uint64_t fork_end; /* region: when the team was running */
    uint64_t leave;    /* region: when the master reached the end */
    uint64_t busy;     /* loop: chunk time less waits */
    uint64_t chunk_begin, chunk_end;
    uint64_t faults; /* SM_STATS, region and loop: the process's count at the start */
    uint64_t wait[SM_WAIT_KINDS];
};

#define MAX_DEPTH 64

static struct frame stack[MAX_DEPTH];
static int depth; /* may exceed MAX_DEPTH: deeper frames are not kept */
static uint64_t wait_start;
static int stats_on, trace_on;
static pid_t master_pid;
static const __sm_loc unknown_loc = {"?", 0, 0, "?"};

uint64_t sm_obs_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int sm_obs_worker(void) {
    return sm_rt.self < SM_MAX_TEAM ? sm_rt.self : SM_MAX_TEAM - 1;
}

/* A page fault is where a worker's first touch of shared memory shows: a
 * new process maps again every page it uses, in every region. */
static uint64_t faults_so_far(void) {
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0;
    return (uint64_t)ru.ru_minflt + (uint64_t)ru.ru_majflt;
}

static struct frame *push(enum frame_kind kind, const __sm_loc *loc, uint64_t now) {
    struct frame *f = depth < MAX_DEPTH ? &stack[depth] : NULL;
    depth++;
    if (f) {
        *f = (struct frame){.kind = kind, .loc = loc ? loc : &unknown_loc, .start = now};
        if (stats_on && kind != FRAME_CHUNK)
            f->faults = faults_so_far();
    }
    return f;
}

static struct frame *top(void) {
    return depth > 0 && depth <= MAX_DEPTH ? &stack[depth - 1] : NULL;
}

static uint64_t waits(const struct frame *f) {
    uint64_t sum = 0;
    for (int k = 0; k < SM_WAIT_KINDS; k++)
        sum += f->wait[k];
    return sum;
}

static void record(const struct frame *f, int kind, uint64_t end, uint64_t busy,
                   uint64_t forkjoin) {
    int w = sm_obs_worker();
    if (stats_on) {
        struct sm_stat_rec d = {.calls = 1, .time_ns = end - f->start, .busy_ns = busy};
        d.forkjoin_ns = forkjoin;
        d.faults = faults_so_far() - f->faults;
        memcpy(d.wait_ns, f->wait, sizeof d.wait_ns);
        sm_stats_add(f->loc, kind == SM_EV_LOOP, w, &d);
    }
    if (trace_on)
        sm_trace_event(w, kind, f->loc, f->start, end, 0, 0);
}

void sm_obs_region_enter(const __sm_loc *loc) {
    push(FRAME_REGION, loc, sm_obs_now_ns());
}

/* A worker's life starts now; what it inherited from the master is not its. */
void sm_obs_region_started(void) {
    struct frame *f = top();
    if (!f || f->kind != FRAME_REGION)
        return;
    uint64_t now = sm_obs_now_ns();
    f->forked = sm_team_active();
    f->fork_end = now;
    if (!f->forked)
        return;
    if (trace_on)
        sm_trace_event(sm_obs_worker(), SM_EV_FORK, f->loc, f->start, now, 0, 0);
    if (sm_rt.id != 0) {
        f->start = now;
        if (stats_on)
            f->faults = faults_so_far();
        stack[0] = *f;
        depth = 1;
    }
}

static struct frame *pop_to_region(void) {
    while (depth > 0) {
        struct frame *f = top();
        if (f && f->kind == FRAME_REGION)
            return f;
        depth--;
    }
    return NULL;
}

void sm_obs_region_leave(void) {
    struct frame *f = pop_to_region();
    if (!f)
        return;
    f->leave = sm_obs_now_ns();
    if (f->forked && sm_rt.id != 0) {
        record(f, SM_EV_REGION, f->leave, f->leave - f->start - waits(f), 0);
        depth--;
    }
}

void sm_obs_region_joined(void) {
    struct frame *f = pop_to_region();
    if (!f)
        return;
    uint64_t now = sm_obs_now_ns();
    uint64_t fork = f->forked ? f->fork_end - f->start : 0;
    uint64_t join = f->forked ? now - f->leave : 0;
    if (trace_on && f->forked)
        sm_trace_event(sm_obs_worker(), SM_EV_JOIN, f->loc, f->leave, now, 0, 0);
    record(f, SM_EV_REGION, now, f->leave - f->start - fork - waits(f), fork + join);
    depth--;
}

void sm_obs_loop_begin(const __sm_loc *loc) {
    push(FRAME_LOOP, loc, sm_obs_now_ns());
}

static void end_chunk(uint64_t now) {
    struct frame *c = top();
    if (!c || c->kind != FRAME_CHUNK)
        return;
    depth--;
    struct frame *loop = top();
    if (loop)
        loop->busy += now - c->start - waits(c);
    if (trace_on)
        sm_trace_event(sm_obs_worker(), SM_EV_CHUNK, c->loc, c->start, now, c->chunk_begin,
                       c->chunk_end);
}

void sm_obs_chunk(uint64_t begin, uint64_t end) {
    uint64_t now = sm_obs_now_ns();
    end_chunk(now);
    struct frame *loop = top();
    if (begin >= end || !loop || loop->kind != FRAME_LOOP)
        return;
    struct frame *c = push(FRAME_CHUNK, loop->loc, now);
    if (c) {
        c->chunk_begin = begin;
        c->chunk_end = end;
    }
}

void sm_obs_loop_end(void) {
    uint64_t now = sm_obs_now_ns();
    end_chunk(now);
    struct frame *f = top();
    if (!f || f->kind != FRAME_LOOP)
        return;
    record(f, SM_EV_LOOP, now, f->busy, 0);
    depth--;
}

void sm_obs_wait_begin(void) {
    wait_start = sm_obs_now_ns();
}

/* The construct whose wait this is: the one the worker entered last. */
static const __sm_loc *waiting_at(void) {
    if (!sm_rt.team || !sm_team_active())
        return top() ? top()->loc : NULL;
    return atomic_load_explicit(&sm_rt.team->workers[sm_rt.self].loc, memory_order_relaxed);
}

void sm_obs_wait_end(enum sm_wait_kind kind) {
    uint64_t now = sm_obs_now_ns(), d = now - wait_start;
    int n = depth < MAX_DEPTH ? depth : MAX_DEPTH;
    for (int i = 0; i < n; i++)
        stack[i].wait[kind] += d;
    if (trace_on)
        sm_trace_event(sm_obs_worker(), SM_EV_WAIT + (int)kind, waiting_at(), wait_start, now, 0,
                       0);
}

static void at_exit(void) {
    if (getpid() != master_pid)
        return;
    sm_rt.obs_on = 0;
    fflush(NULL);
    if (stats_on)
        sm_stats_report();
    if (trace_on)
        sm_trace_write();
}

static int env_set(const char *name) {
    const char *s = getenv(name);
    return s && *s && strcmp(s, "0") != 0;
}

__attribute__((constructor)) static void observe_init(void) {
    stats_on = env_set("SM_STATS") && sm_stats_init();
    trace_on = env_set("SM_TRACE") && sm_trace_init(getenv("SM_TRACE"));
    if (!stats_on && !trace_on)
        return;
    master_pid = getpid();
    atexit(at_exit);
    sm_rt.obs_on = 1;
}
