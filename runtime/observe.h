/*
 * observe.h - SM_STATS and SM_TRACE: what the constructs report.
 *
 * Every hook in a construct is one SM_OBS(...) line: a single predictable
 * branch on sm_rt.obs_on when neither variable is set.  Hooks run in the
 * process that met the construct and keep a private stack of open
 * constructs; finished constructs go to stats.c and trace.c, whose records
 * live in MAP_SHARED memory mapped before the first fork, so the master
 * reads every worker's records when it exits.
 */
#ifndef SM_OBSERVE_H
#define SM_OBSERVE_H

#include <stdint.h>

#include "internal.h"

#define SM_OBS(call)                                                                               \
    do {                                                                                           \
        if (__builtin_expect(sm_rt.obs_on, 0))                                                     \
            call;                                                                                  \
    } while (0)

enum sm_wait_kind { SM_WAIT_BARRIER, SM_WAIT_CRITICAL, SM_WAIT_ORDERED, SM_WAIT_KINDS };

/* team.c: enter before forking, started after it (in every worker), leave
 * at the top of __sm_parallel_end, joined in the master after the join. */
void sm_obs_region_enter(const __sm_loc *loc);
void sm_obs_region_started(void);
void sm_obs_region_leave(void);
void sm_obs_region_joined(void);

/* loop.c: sm_obs_chunk ends the open chunk and opens [begin, end) if it is
 * not empty. */
void sm_obs_loop_begin(const __sm_loc *loc);
void sm_obs_chunk(uint64_t begin, uint64_t end);
void sm_obs_loop_end(void);

/* barrier.c, critical.c, ordered.c: around the wait. */
void sm_obs_wait_begin(void);
void sm_obs_wait_end(enum sm_wait_kind kind);

/* ---- Between observe.c, stats.c and trace.c ---- */

uint64_t sm_obs_now_ns(void);
/* The worker record a process writes (its id in the outermost team). */
int sm_obs_worker(void);

struct sm_stat_rec {
    uint64_t calls;
    uint64_t time_ns;     /* inclusive, from entry to exit */
    uint64_t busy_ns;     /* region: time minus waits, fork and join; loop: chunks */
    uint64_t forkjoin_ns; /* master of a region: forking and joining */
    uint64_t faults;      /* page faults the process took in it (minor and major) */
    uint64_t wait_ns[SM_WAIT_KINDS];
} __attribute__((aligned(64)));

int sm_stats_init(void);
/* A combined `parallel for` has one __sm_loc for its region and its loop. */
void sm_stats_add(const __sm_loc *loc, int is_loop, int worker, const struct sm_stat_rec *delta);
void sm_stats_report(void);

enum sm_ev_kind {
    SM_EV_REGION,
    SM_EV_LOOP,
    SM_EV_CHUNK,
    SM_EV_FORK,
    SM_EV_JOIN,
    SM_EV_WAIT /* + enum sm_wait_kind */
};
int sm_trace_init(const char *path);
void sm_trace_event(int worker, int kind, const __sm_loc *loc, uint64_t start, uint64_t end,
                    uint64_t a, uint64_t b);
void sm_trace_write(void);

#endif /* SM_OBSERVE_H */
