/*
 * death.c - a worker that dies must never hang the team.
 *
 * While a region runs, the master catches SIGCHLD and reaps its own workers
 * (by pid: the user may have children of their own).  A worker that ends
 * before __sm_parallel_end, or with a signal or a nonzero status, ends the
 * program: one line on stderr, SIGKILL to the other workers, exit status
 * 128+signal or the worker's status.  Workers die with the master through
 * PR_SET_PDEATHSIG.  Everything reachable from the handler is
 * async-signal-safe.
 */
#include "internal.h"
#include "os.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static struct sm_death_watch *watch(void) {
    return &sm_rt.team->death;
}

static struct sm_worker *worker(int id) {
    return &sm_rt.team->workers[id];
}

struct line {
    char buf[512];
    size_t len;
};

static void put(struct line *l, const char *s) {
    while (*s && l->len < sizeof l->buf - 1)
        l->buf[l->len++] = *s++;
}

static void put_int(struct line *l, long v) {
    char digits[24];
    int n = 0;
    unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
    do
        digits[n++] = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        put(l, "-");
    while (n > 0 && l->len < sizeof l->buf - 1)
        l->buf[l->len++] = digits[--n];
}

/* report()'s status for a worker the program reaped itself, and the exit
 * status the program then ends with. */
#define STATUS_TAKEN (-1)
#define EXIT_STATUS_TAKEN 1

static void put_how(struct line *l, int status) {
    if (status == STATUS_TAKEN) {
        put(l, "ended before the end of the region (the program's own wait() took its status)");
    } else if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        const char *abbrev = sigabbrev_np(sig);
        const char *descr = sigdescr_np(sig);
        put(l, "killed by SIG");
        if (abbrev)
            put(l, abbrev);
        else
            put_int(l, sig);
        if (descr) {
            put(l, " (");
            put(l, descr);
            put(l, ")");
        }
    } else {
        put(l, "exited with status ");
        put_int(l, WEXITSTATUS(status));
        if (WEXITSTATUS(status) == 0)
            put(l, " before the end of the region");
    }
}

static void report(int id, int status) {
    struct sm_worker *w = &sm_rt.team->workers[id];
    if (atomic_load(&w->reported))
        return;
    struct line l = {.len = 0};
    put(&l, "sharedmem: worker ");
    put_int(&l, id);
    put(&l, " (pid ");
    put_int(&l, atomic_load(&w->pid));
    put(&l, ") ");
    put_how(&l, status);
    const __sm_loc *loc = atomic_load(&w->loc);
    if (loc) {
        put(&l, " in '");
        put(&l, loc->construct ? loc->construct : "?");
        put(&l, "' at ");
        put(&l, loc->file ? loc->file : "?");
        put(&l, ":");
        put_int(&l, loc->line);
    }
    put(&l, "\n");
    if (write(STDERR_FILENO, l.buf, l.len) < 0)
        return;
}

static void kill_and_reap_all(void) {
    for (int i = 1; i < watch()->ntracked; i++)
        if (!worker(i)->reaped && worker(i)->pid > 0)
            kill(worker(i)->pid, SIGKILL);
    for (int i = 1; i < watch()->ntracked; i++) {
        if (worker(i)->reaped || worker(i)->pid <= 0)
            continue;
        while (waitpid(worker(i)->pid, NULL, 0) < 0 && errno == EINTR)
            ;
        worker(i)->reaped = 1;
    }
}

/* SIGCHLD is blocked first: the handler must not reap (and report) the
 * workers this kills. */
_Noreturn void sm_death_abort(int status) {
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    sm_team_break();
    kill_and_reap_all();
    _exit(status);
}

static int ended_normally(int id, int status) {
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
           atomic_load(&sm_rt.team->workers[id].finished);
}

/* r < 0: the program's own wait() or waitpid(-1) reaped it, and took its
 * status; the worker's record of having finished is all that is left. */
static void reaped(int id, pid_t r, int status) {
    worker(id)->reaped = 1;
    watch()->nreaped++;
    if (r < 0) {
        if (atomic_load(&worker(id)->finished))
            return;
        report(id, STATUS_TAKEN);
        sm_death_abort(EXIT_STATUS_TAKEN);
    }
    if (!ended_normally(id, status)) {
        report(id, status);
        sm_death_abort(WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status));
    }
}

static void reap_workers(void) {
    for (int i = 1; i < watch()->ntracked; i++) {
        if (worker(i)->reaped)
            continue;
        int status;
        pid_t r = waitpid(worker(i)->pid, &status, WNOHANG);
        if (r == 0 || (r < 0 && errno == EINTR))
            continue;
        reaped(i, r, status);
    }
}

static void chain_user_handler(int sig, siginfo_t *info, void *context) {
    const struct sigaction *user = &watch()->user_action;
    if (user->sa_flags & SA_SIGINFO)
        user->sa_sigaction(sig, info, context);
    else if (user->sa_handler != SIG_DFL && user->sa_handler != SIG_IGN)
        user->sa_handler(sig);
}

static void on_sigchld(int sig, siginfo_t *info, void *context) {
    int saved_errno = errno;
    reap_workers();
    chain_user_handler(sig, info, context);
    errno = saved_errno;
}

/* SIGCHLD stays blocked until every pid is recorded (sm_death_watch_arm),
 * so a worker dying at once is not missed.  The kernel's copy of the
 * program's disposition is what a new worker restores. */
void sm_death_watch_begin(void) {
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &watch()->user_mask);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_sigchld;
    sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_NOCLDSTOP;
    sigemptyset(&sa.sa_mask);
    sm_get_kernel_sigaction(SIGCHLD, &watch()->user_kaction);
    sigaction(SIGCHLD, &sa, &watch()->user_action);
    watch()->nreaped = 0;
    watch()->ntracked = 1;
    sm_rt.watching = 1;
}

void sm_death_track(int id, pid_t pid) {
    atomic_store(&worker(id)->pid, pid);
    worker(id)->reaped = 0;
    watch()->ntracked = id + 1;
}

static sigset_t mask_without_sigchld(void) {
    sigset_t mask = watch()->user_mask;
    sigdelset(&mask, SIGCHLD);
    return mask;
}

void sm_death_watch_arm(void) {
    sigset_t mask = mask_without_sigchld();
    sigprocmask(SIG_SETMASK, &mask, NULL);
}

SM_WORKER_CODE void sm_death_worker_init(void) {
    sm_set_kernel_sigaction(SIGCHLD, &watch()->user_kaction);
    sm_set_sigmask(&watch()->user_mask);
}

/* A worker inherits the master's flag; only the master has the first
 * record. */
int sm_death_watching(void) {
    return sm_rt.watching && sm_rt.self == 0;
}

/* For a master that sleeps while SIGCHLD cannot reach the handler (the
 * program blocked it, or replaced the handler during the region). */
void sm_death_poll(void) {
    sigset_t chld, old;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &old);
    reap_workers();
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* With one worker there is no other death to watch for while waiting for
 * it.  A SIGCHLD stays pending until the program's disposition and mask
 * are back, and then reaches the program's handler, if any. */
static void join_only_worker(void) {
    if (worker(1)->reaped)
        return;
    int status;
    pid_t r;
    while ((r = waitpid(worker(1)->pid, &status, 0)) < 0 && errno == EINTR)
        ;
    reaped(1, r, status);
}

/* Waits for whichever worker ends first.  The timeout is only a safety
 * net. */
static void join_workers(sigset_t *chld) {
    struct timespec tick = {0, 100 * 1000 * 1000};
    for (;;) {
        reap_workers();
        if (watch()->nreaped == watch()->ntracked - 1)
            return;
        siginfo_t info;
        if (sigtimedwait(chld, &info, &tick) == SIGCHLD)
            chain_user_handler(SIGCHLD, &info, NULL);
    }
}

static int ignores_sigchld(const struct sigaction *sa) {
    return (!(sa->sa_flags & SA_SIGINFO) && sa->sa_handler == SIG_IGN) ||
           (sa->sa_flags & SA_NOCLDWAIT);
}

static int child_waitable(void) {
    siginfo_t info;
    info.si_pid = 0;
    return waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid != 0;
}

/* After the join, with every worker reaped.  The runtime's SIGCHLD handler
 * goes, and SIGCHLD's place in the mask is the program's again; what the
 * program itself changed during the region (another handler, other
 * signals blocked) stays.  The program's own children that ended during the
 * region must still reach it: reaped if it ignores SIGCHLD, as the kernel
 * would have done, and signalled again if it collects SIGCHLD blocked
 * (sigwait), since the runtime's handler or wait took the signal. */
static void restore_program_signals(const sigset_t *in_region) {
    struct sigaction now;
    sigset_t mask = *in_region;

    sigaction(SIGCHLD, NULL, &now);
    if ((now.sa_flags & SA_SIGINFO) && now.sa_sigaction == on_sigchld) {
        sigaction(SIGCHLD, &watch()->user_action, NULL);
        now = watch()->user_action;
    }
    if (sigismember(&watch()->user_mask, SIGCHLD))
        sigaddset(&mask, SIGCHLD);
    else
        sigdelset(&mask, SIGCHLD);
    if (ignores_sigchld(&now))
        while (waitpid(-1, NULL, WNOHANG) > 0)
            ;
    else if (sigismember(&mask, SIGCHLD) && child_waitable())
        raise(SIGCHLD);
    sigprocmask(SIG_SETMASK, &mask, NULL);
}

/* SIGCHLD stays blocked, so the normal join runs no handler (no signal
 * frame on a stack page the fork made copy-on-write). */
void sm_death_join(void) {
    sigset_t chld, in_region;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &in_region);
    if (watch()->ntracked == 2)
        join_only_worker();
    else
        join_workers(&chld);
    restore_program_signals(&in_region);
    sm_rt.watching = 0;
}
