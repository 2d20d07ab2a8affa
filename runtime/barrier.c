/*
 * barrier.c - cross-process barrier: a counter and a generation number.
 *
 * The last worker to arrive resets the counter and bumps the generation;
 * the others wait for the generation to change.  Arrival and release are
 * also offered apart, for a last worker that has work to do before the
 * others go on (reduce.c).
 */
#include "internal.h"
#include "observe.h"
#include "os.h"

/* Returns 1 in the last worker to arrive, which must then call
 * sm_barrier_release; 0 in the others, once that is done. */
int sm_barrier_arrive(_Atomic uint32_t *count, _Atomic uint32_t *gen) {
    uint32_t seen = atomic_load_explicit(gen, memory_order_acquire);
    uint32_t arrived = atomic_fetch_add_explicit(count, 1, memory_order_acq_rel) + 1;
    if (arrived == (uint32_t)sm_rt.nworkers)
        return 1;
    SM_OBS(sm_obs_wait_begin());
    sm_wait_while(gen, seen);
    SM_OBS(sm_obs_wait_end(SM_WAIT_BARRIER));
    return 0;
}

/* Nobody else writes the generation until every worker has arrived again,
 * so the increment needs no value remembered from the arrival. */
void sm_barrier_release(_Atomic uint32_t *count, _Atomic uint32_t *gen) {
    atomic_store_explicit(count, 0, memory_order_relaxed);
    atomic_fetch_add(gen, 1);
    sm_wake_waiters(gen);
}

void sm_barrier_wait(void) {
    if (!sm_team_active())
        return;
    struct sm_barrier *b = &sm_rt.team->barrier;
    if (sm_barrier_arrive(&b->count, &b->gen))
        sm_barrier_release(&b->count, &b->gen);
}

void __sm_barrier(const __sm_loc *loc) {
    sm_enter(loc);
    sm_barrier_wait();
}
