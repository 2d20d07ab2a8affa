/*
 * workshare.c - slots for work-sharing constructs (loops, singles).
 *
 * Every worker numbers the work-sharing constructs it meets in a region, so
 * the k-th construct of each worker is the same one.  With nowait, workers
 * may be several constructs apart: construct k uses slot k % SM_WS_SLOTS
 * once the slot's generation is k, and a worker that gets ahead waits for
 * the slot's previous user to be left by everyone.
 */
#include "internal.h"
#include "os.h"

static void clear_slot(struct sm_ws_slot *slot) {
    atomic_store_explicit(&slot->left, 0, memory_order_relaxed);
    atomic_store_explicit(&slot->single_taken, 0, memory_order_relaxed);
    atomic_store_explicit(&slot->next, 0, memory_order_relaxed);
    atomic_store_explicit(&slot->ordered_turn, 0, memory_order_relaxed);
}

void sm_ws_reset(struct sm_team *team) {
    for (uint32_t i = 0; i < SM_WS_SLOTS; i++) {
        clear_slot(&team->ws[i]);
        atomic_store(&team->ws[i].gen, i);
    }
}

struct sm_ws_slot *sm_ws_enter(uint32_t *seq) {
    uint32_t k = sm_rt.ws_seq++;
    struct sm_ws_slot *slot = &sm_rt.team->ws[k % SM_WS_SLOTS];
    uint32_t gen;
    while ((gen = atomic_load_explicit(&slot->gen, memory_order_acquire)) != k)
        sm_wait_while(&slot->gen, gen);
    *seq = k;
    return slot;
}

void sm_ws_leave(struct sm_ws_slot *slot, uint32_t seq) {
    uint32_t left = atomic_fetch_add_explicit(&slot->left, 1, memory_order_acq_rel) + 1;
    if (left != (uint32_t)sm_rt.nworkers)
        return;
    clear_slot(slot);
    atomic_store(&slot->gen, seq + SM_WS_SLOTS);
    sm_wake_waiters(&slot->gen);
}
