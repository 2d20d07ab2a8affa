/*
 * single.c - the first worker to reach a single construct runs it.
 */
#include "internal.h"

int __sm_single_begin(const __sm_loc *loc) {
    sm_enter(loc);
    if (!sm_team_active())
        return 1;
    uint32_t seq;
    struct sm_ws_slot *slot = sm_ws_enter(&seq);
    uint32_t untaken = 0;
    int won = atomic_compare_exchange_strong(&slot->single_taken, &untaken, 1);
    sm_ws_leave(slot, seq);
    return won;
}

void __sm_single_end(int nowait, const __sm_loc *loc) {
    if (!nowait)
        __sm_barrier(loc);
}
