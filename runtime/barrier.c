/*
 * barrier.c - cross-process barrier: a counter and a generation number.
 *
 * The last worker to arrive resets the counter and bumps the generation;
 * the others wait for the generation to change.
 */
#include "internal.h"
#include "observe.h"
#include "os.h"

void sm_barrier_wait(void) {
    if (!sm_team_active())
        return;
    struct sm_barrier *b = &sm_rt.team->barrier;
    uint32_t gen = atomic_load_explicit(&b->gen, memory_order_acquire);
    uint32_t arrived = atomic_fetch_add_explicit(&b->count, 1, memory_order_acq_rel) + 1;
    if (arrived == (uint32_t)sm_rt.nworkers) {
        atomic_store_explicit(&b->count, 0, memory_order_relaxed);
        atomic_store(&b->gen, gen + 1);
        sm_wake_waiters(&b->gen);
        return;
    }
    SM_OBS(sm_obs_wait_begin());
    sm_wait_while(&b->gen, gen);
    SM_OBS(sm_obs_wait_end(SM_WAIT_BARRIER));
}

void __sm_barrier(const __sm_loc *loc) {
    sm_enter(loc);
    sm_barrier_wait();
}
