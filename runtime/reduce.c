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

/* Where the reduction in hand keeps its slots, its result and its barrier:
 * in the packed lines, or in the team's pages with the team barrier. */
struct reduce_place {
    unsigned char *slots;
    size_t stride;
    void *result;
    _Atomic uint32_t *count, *gen;
};

static struct reduce_place reduce_place(void) {
    struct sm_team *team = sm_rt.team;
    struct sm_reduce_lines *lines = &team->reduce_lines;
    if (sm_rt.red_stride)
        return (struct reduce_place){lines->arrive.slots, sm_rt.red_stride, lines->release.result,
                                     &lines->arrive.count, &lines->release.gen};
    return (struct reduce_place){team->reduce_slots[0], SM_REDUCE_MAX, team->reduce_result,
                                 &team->barrier.count, &team->barrier.gen};
}

void *__sm_reduce_slot(__SIZE_TYPE__ size, __SIZE_TYPE__ align) {
    if (!sm_team_active())
        return solo_slot;
    sm_rt.red_stride = packed_stride(size, align, sm_rt.nworkers);
    struct reduce_place p = reduce_place();
    return p.slots + (size_t)sm_rt.id * p.stride;
}

/* The view is filled before the wait, so that a released worker goes
 * straight on. */
int __sm_reduce_arrive(const __sm_loc *loc, __sm_reduce_view *view) {
    sm_enter(loc);
    if (!sm_team_active()) {
        *view = (__sm_reduce_view){solo_slot, SM_REDUCE_MAX, 1, solo_result};
        return 1;
    }
    struct reduce_place p = reduce_place();
    *view = (__sm_reduce_view){p.slots, p.stride, sm_rt.nworkers, p.result};
    return sm_barrier_arrive(p.count, p.gen);
}

void __sm_reduce_release(void) {
    if (!sm_team_active())
        return;
    struct reduce_place p = reduce_place();
    sm_barrier_release(p.count, p.gen);
}
