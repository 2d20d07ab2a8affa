/*
 * map_team.c - how sm_map's own workers fit into the team runtime.
 *
 * sm_map forks outside any region and handles its workers' deaths itself,
 * so it does not use __sm_parallel_begin.  Its workers must still look like
 * workers of a region to the rest of the runtime: a region they open runs
 * as a team of one (the team control block belongs to the master's teams),
 * and they allocate from their own heap arena.
 */
#include "internal.h"
#include "map.h"

int __sm_map_in_caller(void) {
    return sm_rt.level > 0 || sm_debug_mode();
}

void __sm_map_become_worker(int w) {
    sm_become_foreign_worker();
    if (__sm_heap_set_arena)
        __sm_heap_set_arena(w);
}
