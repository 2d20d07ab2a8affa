/*
 * reduce.c - slots through which workers hand reduction partials and
 * lastprivate values to each other.
 *
 * Two buffers, chosen by the parity of the worker's reduction count: a
 * worker can start reduction k+1 while a slower one still reads the slots
 * of reduction k, and none can start k+2 before everyone passed the
 * publish barrier of k+1.
 */
#include "internal.h"

static unsigned char solo[SM_REDUCE_MAX] __attribute__((aligned(SM_CACHELINE)));

void *__sm_reduce_slot(void) {
    if (!sm_team_active())
        return solo;
    sm_rt.red_seq++;
    return sm_rt.team->reduce[sm_rt.red_seq & 1][sm_rt.id];
}

void __sm_reduce_publish(const __sm_loc *loc) {
    sm_enter(loc);
    sm_barrier_wait();
}

const void *__sm_reduce_peer(int worker) {
    if (worker < 0 || worker >= sm_rt.nworkers)
        return NULL;
    if (!sm_team_active())
        return solo;
    return sm_rt.team->reduce[sm_rt.red_seq & 1][worker];
}
