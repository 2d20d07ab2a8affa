/*
 * reduce.c - how workers hand reduction partials and lastprivate values to
 * each other.
 *
 * Every worker writes its values into its slot and arrives at a barrier.
 * The last to arrive combines the slots in worker order into the result
 * (code smpp emits, between __sm_reduce_arrive returning 1 and
 * __sm_reduce_release), then releases the others, and every worker reads
 * the result.  __sm_reduce_arrive tells every worker where the slots and
 * the result are, so the fold and the reading call nothing.  The slots are
 * dead once the result is written, and the result is rewritten only after
 * every worker has arrived at the next reduction, so one buffer of each is
 * enough.
 *
 * When every worker's slot fits in the cache line of a barrier's counter,
 * and the result in the line of its generation (a scalar or two in a small
 * team, the common case), they live there: the last worker's arrival brings
 * it every partial, and the release brings the waiters the result, so the
 * hand-off costs no cache miss beyond the barrier's own.  The waiters spin
 * on the generation's line alone, which nobody writes before the release.
 * Otherwise the slots and the result live in the team block's pages, with
 * the team barrier.
 */
#include "internal.h"

static unsigned char solo_slot[SM_REDUCE_MAX] __attribute__((aligned(SM_CACHELINE)));
static unsigned char solo_result[SM_REDUCE_MAX] __attribute__((aligned(SM_CACHELINE)));

/* The slot stride when nworkers slots fit the line, else 0. */
static uint32_t packed_stride(size_t size, size_t align, int nworkers) {
    size_t stride = (size + 15) & ~(size_t)15;
    if (align > 16 || stride * (size_t)nworkers > SM_REDUCE_LINE_DATA)
        return 0;
    return (uint32_t)stride;
}

void *__sm_reduce_slot(__SIZE_TYPE__ size, __SIZE_TYPE__ align) {
    if (!sm_team_active())
        return solo_slot;
    uint32_t stride = packed_stride(size, align, sm_rt.nworkers);
    sm_rt.red_stride = stride;
    if (stride)
        return sm_rt.team->reduce_lines.arrive.slots + (size_t)sm_rt.id * stride;
    return sm_rt.team->reduce_slots[sm_rt.id];
}

/* Filled before the wait, so that a released worker goes straight on. */
static void fill_view(__sm_reduce_view *view) {
    struct sm_team *team = sm_rt.team;
    view->nworkers = sm_rt.nworkers;
    if (sm_rt.red_stride) {
        view->slots = team->reduce_lines.arrive.slots;
        view->stride = sm_rt.red_stride;
        view->result = team->reduce_lines.release.result;
    } else {
        view->slots = team->reduce_slots[0];
        view->stride = SM_REDUCE_MAX;
        view->result = team->reduce_result;
    }
}

/* The barrier a reduction uses: the one beside its packed slots, or the
 * team's. */
struct barrier_words {
    _Atomic uint32_t *count, *gen;
};

static struct barrier_words reduce_barrier(void) {
    struct sm_team *team = sm_rt.team;
    if (sm_rt.red_stride)
        return (struct barrier_words){&team->reduce_lines.arrive.count,
                                      &team->reduce_lines.release.gen};
    return (struct barrier_words){&team->barrier.count, &team->barrier.gen};
}

int __sm_reduce_arrive(const __sm_loc *loc, __sm_reduce_view *view) {
    sm_enter(loc);
    if (!sm_team_active()) {
        *view = (__sm_reduce_view){solo_slot, SM_REDUCE_MAX, 1, solo_result};
        return 1;
    }
    fill_view(view);
    struct barrier_words b = reduce_barrier();
    return sm_barrier_arrive(b.count, b.gen);
}

void __sm_reduce_release(void) {
    if (!sm_team_active())
        return;
    struct barrier_words b = reduce_barrier();
    sm_barrier_release(b.count, b.gen);
}
