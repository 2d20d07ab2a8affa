/*
 * loop.c - work-sharing loops over logical iterations 0..n-1.
 *
 * static without chunk: one contiguous block per worker, sizes differing by
 * at most one.  static with chunk: chunks dealt round robin.  dynamic:
 * chunks taken from a shared counter.  guided: chunks of
 * max(remaining / (2 * workers), chunk).  Outside a team every iteration
 * runs in the caller as one range.
 */
#include "internal.h"
#include "observe.h"

static void resolve_schedule(struct sm_loop_state *st, int sched, int64_t chunk) {
    if (sched == SM_SCHED_RUNTIME) {
        sm_env_init();
        sched = sm_env.sched;
        chunk = sm_env.chunk;
    }
    if (sched != SM_SCHED_DYNAMIC && sched != SM_SCHED_GUIDED)
        sched = SM_SCHED_STATIC;
    if (chunk <= 0 && sched != SM_SCHED_STATIC)
        chunk = 1;
    st->sched = sched;
    st->chunk = chunk > 0 ? (uint64_t)chunk : 0;
}

/* A chunk larger than the loop is the whole loop; clamping keeps the
 * shared counter of dynamic loops far from wrapping. */
static void clamp_chunk(struct sm_loop_state *st) {
    if (st->chunk > st->n && st->n > 0)
        st->chunk = st->n;
}

void __sm_loop_begin(__sm_loop *loop, uint64_t n, int sched, int64_t chunk, int flags,
                     const __sm_loc *loc) {
    struct sm_loop_state *st = sm_loop_state(loop);
    sm_enter(loc);
    SM_OBS(sm_obs_loop_begin(loc));
    st->n = n;
    st->flags = flags;
    st->loc = loc;
    st->nworkers = sm_rt.nworkers;
    st->id = sm_rt.id;
    st->ordered_next = st->range_end = 0;
    st->slot = NULL;
    resolve_schedule(st, sched, chunk);
    clamp_chunk(st);
    if (!sm_team_active()) {
        st->sched = SM_SCHED_STATIC;
        st->chunk = 0;
    }
    st->next = st->chunk ? (uint64_t)st->id : 0;
    if (sm_team_active() && (st->sched != SM_SCHED_STATIC || (flags & SM_LOOP_ORDERED)))
        st->slot = sm_ws_enter(&st->seq);
}

static int next_static_block(struct sm_loop_state *st, uint64_t *b, uint64_t *e) {
    if (st->next)
        return 0;
    st->next = 1;
    uint64_t nw = (uint64_t)st->nworkers, id = (uint64_t)st->id;
    uint64_t q = st->n / nw, r = st->n % nw;
    *b = id * q + (id < r ? id : r);
    *e = *b + q + (id < r);
    return *b < *e;
}

static int next_static_chunk(struct sm_loop_state *st, uint64_t *b, uint64_t *e) {
    uint64_t nchunks = st->n / st->chunk + (st->n % st->chunk != 0);
    if (st->next >= nchunks)
        return 0;
    *b = st->next * st->chunk;
    *e = st->n - *b > st->chunk ? *b + st->chunk : st->n;
    st->next += (uint64_t)st->nworkers;
    return 1;
}

static int next_dynamic(struct sm_loop_state *st, uint64_t *b, uint64_t *e) {
    uint64_t start = atomic_fetch_add_explicit(&st->slot->next, st->chunk, memory_order_relaxed);
    if (start >= st->n)
        return 0;
    *b = start;
    *e = st->n - start > st->chunk ? start + st->chunk : st->n;
    return 1;
}

static int next_guided(struct sm_loop_state *st, uint64_t *b, uint64_t *e) {
    _Atomic uint64_t *next = &st->slot->next;
    uint64_t start = atomic_load_explicit(next, memory_order_relaxed), size;
    do {
        if (start >= st->n)
            return 0;
        uint64_t remaining = st->n - start;
        size = remaining / (2 * (uint64_t)st->nworkers);
        if (size < st->chunk)
            size = st->chunk;
        if (size > remaining)
            size = remaining;
    } while (!atomic_compare_exchange_weak_explicit(next, &start, start + size,
                                                    memory_order_relaxed, memory_order_relaxed));
    *b = start;
    *e = start + size;
    return 1;
}

static int next_range(struct sm_loop_state *st, uint64_t *b, uint64_t *e) {
    switch (st->sched) {
    case SM_SCHED_DYNAMIC:
        return next_dynamic(st, b, e);
    case SM_SCHED_GUIDED:
        return next_guided(st, b, e);
    default:
        return st->chunk ? next_static_chunk(st, b, e) : next_static_block(st, b, e);
    }
}

int __sm_loop_next(__sm_loop *loop, uint64_t *begin, uint64_t *end) {
    struct sm_loop_state *st = sm_loop_state(loop);
    if (st->flags & SM_LOOP_ORDERED)
        sm_ordered_check_range(st);
    int found = next_range(st, begin, end);
    SM_OBS(sm_obs_chunk(found ? *begin : 0, found ? *end : 0));
    if (!found)
        return 0;
    st->ordered_next = *begin;
    st->range_end = *end;
    return 1;
}

void __sm_loop_end(__sm_loop *loop) {
    struct sm_loop_state *st = sm_loop_state(loop);
    if (st->flags & SM_LOOP_ORDERED)
        sm_ordered_check_range(st);
    if (st->slot)
        sm_ws_leave(st->slot, st->seq);
    if (!(st->flags & SM_LOOP_NOWAIT))
        sm_barrier_wait();
    SM_OBS(sm_obs_loop_end());
}
