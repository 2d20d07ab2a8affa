/*
 * api.c - team queries of the user API.
 */
#include "internal.h"
#include "os.h"

int sm_worker_id(void) {
    return sm_rt.id;
}

int sm_num_workers(void) {
    return sm_rt.nworkers;
}

int sm_max_workers(void) {
    if (sm_rt.level > 0 || sm_debug_mode())
        return 1;
    return sm_default_team_size();
}

void sm_set_num_workers(int n) {
    sm_user_num_workers = n < 1 ? 0 : n;
}

int sm_in_parallel(void) {
    return sm_rt.forked_level > 0;
}

double sm_wtime(void) {
    return sm_monotonic();
}

void sm_set_debug(int on) {
    sm_user_debug = on != 0;
}
