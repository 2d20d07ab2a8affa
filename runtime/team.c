/*
 * team.c - opening and closing parallel regions.
 *
 * __sm_parallel_begin behaves like fork(): the master forks the workers and
 * every process returns with its worker id.  Nested regions, SM_DEBUG and
 * teams of one run in the calling process without forking.
 */
#include "internal.h"
#include "observe.h"
#include "os.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct sm_rt sm_rt __attribute__((aligned(4096))) = {.nworkers = 1};

struct sm_team *sm_team_get(void) {
    if (!sm_rt.team) {
        sm_rt.team = sm_map_shared(sizeof *sm_rt.team);
        if (!sm_rt.team)
            sm_fatal("cannot map the team control block (%zu bytes)", sizeof *sm_rt.team);
    }
    return sm_rt.team;
}

/* The process whose team block and heap arena 0 these are.  A process the
 * program forks itself (not a worker) inherits both and would share them
 * with it, so while that process lives its regions run as a team of one.
 * Once it is gone (a daemon's first process exits), the child takes over. */
static pid_t runtime_owner;

__attribute__((constructor)) static void note_runtime_owner(void) {
    runtime_owner = getpid();
}

/* An owner that is exiting or has exited (a zombie until its parent reaps
 * it) counts as gone: its children are already reparented. */
#define PF_EXITING 0x4 /* linux/sched.h */

static int owner_alive(void) {
    char path[64], line[512];
    unsigned flags = 0;
    char state = 0;
    ssize_t n;
    int fd;

    if (kill(runtime_owner, 0) != 0 && errno != EPERM)
        return 0;
    snprintf(path, sizeof path, "/proc/%d/stat", (int)runtime_owner);
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno != ENOENT; /* reaped since kill() */
    n = read(fd, line, sizeof line - 1);
    close(fd);
    if (n <= 0)
        return 0;
    line[n] = '\0';
    /* "pid (comm) state ppid pgrp session tty tpgid flags ...": comm may
     * hold ')' itself. */
    const char *after_comm = strrchr(line, ')');
    if (!after_comm || sscanf(after_comm + 1, " %c %*d %*d %*d %*d %*d %u", &state, &flags) != 2)
        return 1;
    return state != 'Z' && state != 'X' && !(flags & PF_EXITING);
}

static int forked_by_program(void) {
    static int warned;
    pid_t me = getpid();
    int saved_errno = errno;

    if (me == runtime_owner)
        return 0;
    if (owner_alive()) {
        errno = saved_errno;
        if (!warned)
            sm_warn("process %d was forked by the program while process %d uses the runtime: "
                    "its regions run as a team of one",
                    (int)me, (int)runtime_owner);
        warned = 1;
        return 1;
    }
    errno = saved_errno;
    if (sm_rt.team)
        munmap(sm_rt.team, sizeof *sm_rt.team);
    sm_rt.team = NULL;
    runtime_owner = me;
    return 0;
}

int sm_runs_alone(void) {
    return sm_rt.level > 0 || sm_rt.map_reducing || sm_debug_mode() || forked_by_program();
}

static int team_size(int num_workers, int if_true) {
    if (!if_true || sm_runs_alone())
        return 1;
    if (num_workers > 0)
        return sm_clamp_team_size(num_workers);
    return sm_default_team_size();
}

static void push_level(int forked) {
    if (sm_rt.level >= SM_MAX_NESTING)
        sm_fatal("parallel regions nested more than %d deep", SM_MAX_NESTING);
    sm_rt.levels[sm_rt.level] =
        (struct sm_saved_level){sm_rt.id, sm_rt.nworkers, forked, sm_rt.ws_seq};
    sm_rt.level++;
    sm_rt.ws_seq = 0;
}

static void pop_level(void) {
    struct sm_saved_level *s = &sm_rt.levels[--sm_rt.level];
    sm_rt.id = s->id;
    sm_rt.nworkers = s->nworkers;
    sm_rt.ws_seq = s->ws_seq;
}

static void reset_team(struct sm_team *team, int n, const __sm_loc *loc) {
    pid_t master = getpid();
    team->nworkers = n;
    team->master_pid = master;
    atomic_store(&team->broken, 0);
    atomic_store(&team->fatal, SM_FATAL_NONE);
    atomic_store(&team->barrier.count, 0);
    atomic_store(&team->reduce_lines.arrive.count, 0);
    sm_ws_reset(team);
    for (int i = 0; i < n; i++) {
        struct sm_worker *w = &team->workers[i];
        atomic_store(&w->pid, 0);
        atomic_store(&w->loc, loc);
        atomic_store(&w->finished, 0);
        atomic_store(&w->reported, 0);
        atomic_store(&w->ordered_wait, 0);
    }
    atomic_store(&team->workers[0].pid, master);
}

static void set_identity(int id) {
    sm_rt.id = id;
    sm_rt.self = id;
}

/* Looked up by the master before the fork, so that the worker need not
 * read the heap's data. */
static struct sm_arena *worker_arena(int id) {
    return __sm_heap_worker_arena ? __sm_heap_worker_arena(id) : NULL;
}

/* The master may be gone before PR_SET_PDEATHSIG took effect.  The last
 * worker forked needs no start signal: the team is complete once it
 * exists.  The others wait for it, since a failed fork shrinks the team. */
SM_WORKER_CODE static void become_worker(struct sm_team *team, int id, int last, uint32_t start,
                                         struct sm_arena *arena) {
    sm_die_with_parent();
    if (sm_parent_pid() != team->master_pid)
        _exit(0);
    sm_death_worker_init();
    if (arena)
        __sm_heap_adopt_arena(arena, id);
    if (last)
        return;
    set_identity(id);
    sm_wait_while(&team->start, start);
    sm_rt.nworkers = team->nworkers;
}

/* Each private page a process writes after a fork costs it a page fault
 * and, while the other process lives, a copy.  So the master writes its
 * state for the region before forking, and the last worker inherits its
 * identity: the master sets it before that fork and takes its own back
 * after it, on a page it would write at the end of the region anyway. */
SM_WORKER_CODE static int fork_team(const __sm_loc *loc, int n) {
    struct sm_team *team = sm_team_get();
    reset_team(team, n, loc);
    uint32_t start = atomic_load(&team->start);
    sm_rt.nworkers = n;
    sm_rt.forked_level = 1;
    sm_flush_stdio();
    sm_openmp_suspend();
    sm_death_watch_begin();
    for (int i = 1; i < n; i++) {
        int last = i == n - 1;
        struct sm_arena *arena = worker_arena(i);
        if (last)
            set_identity(i);
        pid_t pid = sm_fork();
        if (pid == 0) {
            become_worker(team, i, last, start, arena);
            return i;
        }
        set_identity(0);
        if (pid < 0) {
            sm_warn("fork failed for worker %d; the region runs with %d workers", i, i);
            n = i;
            sm_rt.nworkers = n;
            break;
        }
        sm_death_track(i, pid);
    }
    team->nworkers = n;
    sm_death_watch_arm();
    atomic_fetch_add(&team->start, 1);
    sm_wake_waiters(&team->start);
    return 0;
}

SM_WORKER_CODE int __sm_parallel_begin(const __sm_loc *loc, int num_workers, int if_true) {
    int n = team_size(num_workers, if_true);
    SM_OBS(sm_obs_region_enter(loc));
    push_level(n > 1);
    sm_rt.id = 0;
    sm_rt.nworkers = 1;
    if (n == 1)
        return 0;
    int id = fork_team(loc, n);
    SM_OBS(sm_obs_region_started());
    return id;
}

SM_WORKER_CODE static _Noreturn void worker_exit(void) {
    sm_flush_stdio();
    atomic_store(&sm_rt.team->workers[sm_rt.self].finished, 1);
    _exit(0);
}

SM_WORKER_CODE int __sm_parallel_end(void) {
    if (sm_rt.level == 0)
        sm_fatal("__sm_parallel_end outside a parallel region");
    int n = sm_rt.nworkers;
    SM_OBS(sm_obs_region_leave());
    if (sm_rt.levels[sm_rt.level - 1].forked) {
        if (sm_rt.id != 0)
            worker_exit();
        sm_death_join();
        sm_openmp_resume();
        sm_rt.forked_level = 0;
    }
    pop_level();
    SM_OBS(sm_obs_region_joined());
    return n;
}

void sm_become_foreign_worker(void) {
    sm_rt.level = 1;
    sm_rt.forked_level = 1;
}
