/*
 * internal.h - private declarations shared by the runtime's files.
 *
 * The team control block lives in MAP_SHARED anonymous memory created once,
 * before the first fork, and reused by every later region.  Everything else
 * in struct sm_rt is private to each process (copied at fork).
 */
#ifndef SM_INTERNAL_H
#define SM_INTERNAL_H

#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/types.h>

#include "os.h"
#include "sharedmem.h"

#define SM_MAX_TEAM 256
#define SM_WS_SLOTS 16   /* work-share constructs that may be in flight */
#define SM_CRIT_SLOTS 64 /* distinct critical names */
#define SM_CRIT_NAME_MAX 64
#define SM_MAX_NESTING 64
#define SM_CACHELINE 64

#define SM_ALIGNED __attribute__((aligned(SM_CACHELINE)))

struct sm_barrier {
    _Atomic uint32_t count SM_ALIGNED;
    _Atomic uint32_t gen SM_ALIGNED;
};

/* A barrier with small reduction slots beside its counter and the result
 * beside its generation (reduce.c). */
#define SM_REDUCE_LINE_DATA 48
struct sm_reduce_lines {
    struct {
        _Atomic uint32_t count;
        unsigned char slots[SM_REDUCE_LINE_DATA] __attribute__((aligned(16)));
    } arrive SM_ALIGNED;
    struct {
        _Atomic uint32_t gen;
        unsigned char result[SM_REDUCE_LINE_DATA] __attribute__((aligned(16)));
    } release SM_ALIGNED;
};
_Static_assert(sizeof(struct sm_reduce_lines) == 2 * SM_CACHELINE, "two cache lines");

/* One lock per critical name; lock is a 3-state futex mutex. */
struct sm_crit_slot {
    _Atomic uint32_t lock SM_ALIGNED;
    _Atomic uint32_t state; /* 0 free, 1 being named, 2 named */
    uint32_t hash;
    char name[SM_CRIT_NAME_MAX];
};

/* A work-sharing construct (loop or single).  Construct number seq of a
 * region uses slot seq % SM_WS_SLOTS once gen == seq; the last worker to
 * leave clears the slot and hands it to seq + SM_WS_SLOTS. */
struct sm_ws_slot {
    _Atomic uint32_t gen SM_ALIGNED;
    _Atomic uint32_t left;
    _Atomic uint32_t single_taken;
    _Atomic uint64_t next SM_ALIGNED; /* dynamic / guided: first unassigned */
    _Atomic uint64_t ordered_turn SM_ALIGNED;
};

/* What the master needs to know about each worker; one cache line each. */
struct sm_worker {
    _Atomic pid_t pid SM_ALIGNED;
    const __sm_loc *_Atomic loc;   /* construct last entered */
    _Atomic int finished;          /* reached __sm_parallel_end */
    _Atomic int reported;          /* already printed its own fatal error */
    _Atomic uint64_t ordered_wait; /* iteration + 1 it sleeps for; 0 none */
    _Atomic uint32_t wake;         /* its own futex word */
    volatile sig_atomic_t reaped;  /* master only (death.c) */
};

/* The master's bookkeeping for a running team (death.c).  It lives in the
 * team block because fork write-protects every private page: a write there
 * after the fork would cost the master a page fault and a page copy. */
struct sm_death_watch {
    struct sigaction user_action; /* SIGCHLD's disposition outside regions */
    sigset_t user_mask;
    struct sm_kernel_sigaction user_kaction; /* the same, as the kernel has it */
    volatile sig_atomic_t ntracked;          /* workers forked, with the master */
    volatile sig_atomic_t nreaped;
};

/* What a new worker touches comes first, so that it touches few pages: the
 * header, the master's death watch (to restore SIGCHLD) and its own record
 * share the first page for teams of up to 56 workers. */
/* struct sm_team's fatal: no fatal error yet, one process printing its
 * message, the message written. */
enum { SM_FATAL_NONE, SM_FATAL_PRINTING, SM_FATAL_PRINTED };

struct sm_team {
    _Atomic uint32_t broken SM_ALIGNED;
    _Atomic uint32_t fatal;               /* SM_FATAL_*: a fatal error's message */
    _Atomic uint32_t start;               /* bumped once every worker is forked */
    _Atomic uint32_t sleepers SM_ALIGNED; /* processes in sm_wait_while's futex wait */
    int nworkers;
    pid_t master_pid;
    struct sm_death_watch death SM_ALIGNED;
    struct sm_worker workers[SM_MAX_TEAM];
    struct sm_barrier barrier;
    struct sm_crit_slot crit[SM_CRIT_SLOTS];
    struct sm_ws_slot ws[SM_WS_SLOTS];
    struct sm_reduce_lines reduce_lines;
    unsigned char reduce_result[SM_REDUCE_MAX] SM_ALIGNED;
    unsigned char reduce_slots[SM_MAX_TEAM][SM_REDUCE_MAX] SM_ALIGNED;
};

/* What __sm_parallel_end restores. */
struct sm_saved_level {
    int id;
    int nworkers;
    int forked;
    uint32_t ws_seq;
};

/* Private to each process, and on one page: a new worker writes it, and
 * every page it writes costs it a page fault and a copy. */
struct sm_rt {
    struct sm_team *team;
    int id;   /* in the innermost team */
    int self; /* in the outermost forked team: which record is ours */
    int nworkers;
    int level;           /* regions entered and not yet ended */
    int forked_level;    /* of those, regions that forked */
    uint32_t ws_seq;     /* work-sharing constructs met in this region */
    uint32_t red_stride; /* of the reduction in hand, if packed in reduce_lines */
    int watching;        /* with self == 0: the master of a running team (death.c) */
    int obs_on;          /* SM_STATS or SM_TRACE (observe.h) */
    int map_reducing;    /* sm_map's master: its workers hold heap arenas 1..n */
    struct sm_saved_level levels[SM_MAX_NESTING];
};
_Static_assert(sizeof(struct sm_rt) <= 4096, "struct sm_rt must fit on one page");
extern struct sm_rt sm_rt;

/* env.c */
struct sm_env {
    int num_workers; /* 0: not set */
    int sched;       /* SM_SCHED_* for schedule(runtime) */
    int64_t chunk;
    int debug;
    int ncpus;
};
extern struct sm_env sm_env;
extern int sm_user_num_workers;
extern int sm_user_debug;
void sm_env_init(void);
int sm_default_team_size(void);
int sm_clamp_team_size(int n);
int sm_debug_mode(void);

/* critical.c */
/* Releases every critical lock: only when no other process of the program
 * can hold one (after a failed sm_map, its workers all dead). */
void sm_critical_release_all(void);

/* openmp_interop.c */
/* Before forking a team: OpenMP parallel regions become inactive (one
 * thread) in the master and, by inheritance, the workers; libgomp's
 * threads would not exist in the workers.  Does nothing without an OpenMP
 * runtime in the process. */
void sm_openmp_suspend(void);
/* After the join (or, for sm_map, the forks): OpenMP as it was. */
void sm_openmp_resume(void);

/* team.c */
/* Maps the team control block on first use; processes forked after this
 * share it (critical sections exclude across them). */
struct sm_team *sm_team_get(void);
/* sm_map's workers: forked outside any region, they run later regions as a
 * team of one. */
void sm_become_foreign_worker(void);
/* 1 where a region or sm_map must run in the caller, forking nothing:
 * nested, in debug mode, inside sm_map's reduce (the map's workers hold
 * heap arenas 1..n), or in a process the program fork()ed while the
 * runtime's owner lives (it would share the owner's team). */
int sm_runs_alone(void);
static inline int sm_team_active(void) {
    return sm_rt.nworkers > 1;
}
static inline void sm_enter(const __sm_loc *loc) {
    if (sm_team_active())
        atomic_store_explicit(&sm_rt.team->workers[sm_rt.self].loc, loc, memory_order_relaxed);
}

/* wait.c */
/* Spins before sleeping: long when every worker has a CPU, short otherwise. */
int sm_spin_limit(void);
void sm_wait_while(_Atomic uint32_t *word, uint32_t val);
void sm_wake_waiters(_Atomic uint32_t *word);
void sm_sleep(_Atomic uint32_t *word, uint32_t val);
void sm_team_break(void);
_Noreturn void sm_team_broken(void);
_Noreturn void sm_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void sm_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* death.c */
void sm_death_watch_begin(void);
void sm_death_track(int id, pid_t pid);
void sm_death_watch_arm(void);
void sm_death_worker_init(void);
void sm_death_join(void);
int sm_death_watching(void);
void sm_death_poll(void);
_Noreturn void sm_death_abort(int status);

/* barrier.c */
void sm_barrier_wait(void);
int sm_barrier_arrive(_Atomic uint32_t *count, _Atomic uint32_t *gen);
void sm_barrier_release(_Atomic uint32_t *count, _Atomic uint32_t *gen);

/* workshare.c */
struct sm_ws_slot *sm_ws_enter(uint32_t *seq);
void sm_ws_leave(struct sm_ws_slot *slot, uint32_t seq);
void sm_ws_reset(struct sm_team *team);

/* loop.c: what __sm_loop holds. */
struct sm_loop_state {
    uint64_t n;
    uint64_t chunk;
    uint64_t next;         /* static: next chunk number (or 1 once done) */
    uint64_t ordered_next; /* next iteration of ours whose ordered block is due */
    uint64_t range_end;
    struct sm_ws_slot *slot; /* NULL: static loop or a team of one */
    const __sm_loc *loc;
    uint32_t seq;
    int sched;
    int flags;
    int nworkers;
    int id;
} __attribute__((may_alias));
_Static_assert(sizeof(struct sm_loop_state) <= sizeof(__sm_loop), "__sm_loop too small");
static inline struct sm_loop_state *sm_loop_state(__sm_loop *loop) {
    return (struct sm_loop_state *)loop;
}
void sm_ordered_check_range(struct sm_loop_state *st);

/* The shared heap's hooks (heap.h); absent when the heap is not linked. */
struct sm_arena;
struct sm_arena *__sm_heap_worker_arena(int worker_id) __attribute__((weak));
void __sm_heap_adopt_arena(struct sm_arena *arena, int worker_id) __attribute__((weak));
void __sm_heap_set_arena(int worker_id) __attribute__((weak));

#endif /* SM_INTERNAL_H */
