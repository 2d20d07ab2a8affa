/*
 * ordered.c - ordered blocks of a loop run in iteration order.
 *
 * The slot's turn is the next iteration allowed in; every iteration of an
 * ordered loop runs exactly one ordered block, which advances the turn.
 * A waiter publishes the iteration it waits for and sleeps on its own
 * futex word; the worker ending iteration i wakes only whoever waits for
 * i + 1, so there is no thundering herd and no long spinning.
 */
#include "internal.h"
#include "observe.h"
#include "os.h"

#include <inttypes.h>
#include <stdio.h>

static const char *loc_file(const __sm_loc *loc) {
    return loc && loc->file ? loc->file : "?";
}

static int loc_line(const __sm_loc *loc) {
    return loc ? loc->line : 0;
}

/* Our iterations run in increasing order, so each must be the next due. */
static void check_iteration(struct sm_loop_state *st, uint64_t iter) {
    if (iter < st->ordered_next)
        sm_fatal("iteration %" PRIu64 " of the ordered loop at %s:%d ran its ordered block twice",
                 iter, loc_file(st->loc), loc_line(st->loc));
    if (iter >= st->range_end && iter == st->ordered_next)
        sm_fatal("ordered block for iteration %" PRIu64 " of the loop at %s:%d, which is not this "
                 "worker's",
                 iter, loc_file(st->loc), loc_line(st->loc));
    if (iter > st->ordered_next)
        sm_fatal("iteration %" PRIu64 " of the ordered loop at %s:%d has no ordered block",
                 st->ordered_next, loc_file(st->loc), loc_line(st->loc));
}

void sm_ordered_check_range(struct sm_loop_state *st) {
    if (st->ordered_next < st->range_end)
        check_iteration(st, st->range_end);
}

static void wait_turn(struct sm_ws_slot *slot, uint64_t iter) {
    int spins = sm_spin_limit();
    for (int i = 0; i < spins; i++) {
        if (atomic_load(&slot->ordered_turn) == iter)
            return;
        sm_cpu_relax();
    }
    struct sm_worker *me = &sm_rt.team->workers[sm_rt.self];
    for (;;) {
        uint32_t word = atomic_load(&me->wake);
        atomic_store(&me->ordered_wait, iter + 1);
        if (atomic_load(&slot->ordered_turn) == iter)
            break;
        if (atomic_load(&sm_rt.team->broken))
            sm_team_broken();
        sm_sleep(&me->wake, word);
    }
    atomic_store(&me->ordered_wait, 0);
}

static void wake_waiter(uint64_t iter) {
    struct sm_team *team = sm_rt.team;
    for (int w = 0; w < sm_rt.nworkers; w++) {
        struct sm_worker *worker = &team->workers[w];
        if (atomic_load(&worker->ordered_wait) == iter + 1) {
            atomic_fetch_add(&worker->wake, 1);
            sm_futex_wake(&worker->wake, 1);
        }
    }
}

void __sm_ordered_begin(__sm_loop *loop, uint64_t iter, const __sm_loc *loc) {
    struct sm_loop_state *st = sm_loop_state(loop);
    sm_enter(loc);
    if (!(st->flags & SM_LOOP_ORDERED))
        sm_fatal("ordered block at %s:%d in a loop without the ordered clause (%s:%d)",
                 loc_file(loc), loc_line(loc), loc_file(st->loc), loc_line(st->loc));
    check_iteration(st, iter);
    if (st->slot) {
        SM_OBS(sm_obs_wait_begin());
        wait_turn(st->slot, iter);
        SM_OBS(sm_obs_wait_end(SM_WAIT_ORDERED));
    }
}

void __sm_ordered_end(__sm_loop *loop, uint64_t iter) {
    struct sm_loop_state *st = sm_loop_state(loop);
    st->ordered_next = iter + 1;
    if (!st->slot)
        return;
    fflush(NULL); /* what the block printed comes out in iteration order */
    atomic_store(&st->slot->ordered_turn, iter + 1);
    wake_waiter(iter + 1);
}
