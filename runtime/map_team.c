/*
 * map_team.c - how sm_map's own workers fit into the team runtime.
 *
 * sm_map forks outside any region and handles its workers' deaths itself,
 * so it does not use __sm_parallel_begin.  Its workers must still look like
 * workers of a region to the rest of the runtime: a region they open runs
 * as a team of one, they allocate from their own heap arena, and their
 * critical sections exclude one another through the team control block.
 */
#include "internal.h"
#include "map.h"

int __sm_map_in_caller(void) {
    return sm_runs_alone();
}

void __sm_map_become_worker(int w) {
    sm_become_foreign_worker();
    if (__sm_heap_set_arena)
        __sm_heap_set_arena(w);
}

int __sm_map_clamp_workers(int n) {
    return sm_clamp_team_size(n);
}

/* Maps the team control block before the workers are forked: it holds the
 * locks of critical sections, which workers forked without it could not
 * share. */
void __sm_map_prepare_team(void) {
    sm_team_get();
}

void __sm_map_forks_begin(void) {
    sm_openmp_suspend();
}

void __sm_map_forks_end(void) {
    sm_openmp_resume();
}

/* After a failed sm_map every worker is dead: a critical lock one of them
 * held would never be released.  The master, outside any region, holds
 * none. */
void __sm_map_release_locks(void) {
    sm_critical_release_all();
}

/* While sm_map's workers run, a region or sm_map opened by reduce runs as
 * a team of one: workers it forked would take the arenas of the map's. */
void __sm_map_reducing(int on) {
    sm_rt.map_reducing = on;
}
