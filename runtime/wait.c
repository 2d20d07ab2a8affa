/*
 * wait.c - the one way the runtime waits for another process, and what
 * happens when the team is broken (a worker died or failed).
 *
 * Every wait spins briefly, then sleeps on a futex word in the team block,
 * and re-checks the team's broken flag each time it wakes.  Breaking the
 * team bumps and wakes every futex word, so no waiter sleeps through it.
 */
#include "internal.h"
#include "os.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* Spinning only helps when every worker has a CPU of its own. */
int sm_spin_limit(void) {
    return sm_rt.nworkers <= sm_env.ncpus ? 2000 : 20;
}

void sm_wait_while(_Atomic uint32_t *word, uint32_t val) {
    struct sm_team *team = sm_rt.team;
    int spins = sm_spin_limit();
    for (int i = 0; i < spins; i++) {
        if (atomic_load_explicit(word, memory_order_acquire) != val)
            goto out;
        sm_cpu_relax();
    }
    atomic_fetch_add(&team->sleepers, 1);
    while (atomic_load(word) == val) {
        if (atomic_load(&team->broken))
            sm_team_broken();
        sm_sleep(word, val);
    }
    atomic_fetch_sub(&team->sleepers, 1);
out:
    if (atomic_load(&team->broken))
        sm_team_broken();
}

/* The master wakes up now and then to reap dead workers itself, so a
 * death is noticed even if SIGCHLD never reaches its handler. */
void sm_sleep(_Atomic uint32_t *word, uint32_t val) {
    if (!sm_death_watching()) {
        sm_futex_wait(word, val, -1);
        return;
    }
    sm_futex_wait(word, val, 100 * 1000 * 1000);
    sm_death_poll();
}

/* The caller has changed *word with a seq_cst store: either a sleeper
 * counted itself before that and is woken, or it sees the new value. */
void sm_wake_waiters(_Atomic uint32_t *word) {
    if (atomic_load(&sm_rt.team->sleepers))
        sm_futex_wake_all(word);
}

static void poke(_Atomic uint32_t *word) {
    atomic_fetch_add(word, 1);
    sm_futex_wake_all(word);
}

/* Async-signal-safe: called from the SIGCHLD handler. */
void sm_team_break(void) {
    struct sm_team *team = sm_rt.team;
    if (!team)
        return;
    atomic_store(&team->broken, 1);
    poke(&team->start);
    poke(&team->barrier.gen);
    poke(&team->reduce_lines.release.gen);
    for (int i = 0; i < SM_CRIT_SLOTS; i++)
        poke(&team->crit[i].lock);
    for (int i = 0; i < SM_WS_SLOTS; i++)
        poke(&team->ws[i].gen);
    for (int i = 0; i < SM_MAX_TEAM; i++)
        poke(&team->workers[i].wake);
}

/* The master's SIGCHLD handler (or its polling) ends the program; a worker
 * is killed by the master, or by PR_SET_PDEATHSIG if the master is gone. */
_Noreturn void sm_team_broken(void) {
    struct timespec tick = {0, 100 * 1000 * 1000};
    for (;;) {
        if (!sm_death_watching()) {
            pause();
            continue;
        }
        sm_death_poll();
        nanosleep(&tick, NULL);
    }
}

static void vmessage(const char *kind, const char *fmt, va_list ap) {
    char line[512];
    int n = snprintf(line, sizeof line, "sharedmem: %s: ", kind);
    n += vsnprintf(line + n, sizeof line - (size_t)n - 1, fmt, ap);
    if (n > (int)sizeof line - 2)
        n = (int)sizeof line - 2;
    line[n++] = '\n';
    if (write(STDERR_FILENO, line, (size_t)n) < 0)
        return;
}

void sm_warn(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vmessage("warning", fmt, ap);
    va_end(ap);
}

/* Several workers may fail at once; the team prints only the first
 * message.  The others wait until it is written (for a second at most): the
 * first of them to exit makes the master kill the team, which would
 * otherwise take the printing worker with its message unwritten. */
static void print_fatal_once(struct sm_team *team, const char *fmt, va_list ap) {
    uint32_t none = SM_FATAL_NONE;
    if (!team || atomic_compare_exchange_strong(&team->fatal, &none, SM_FATAL_PRINTING)) {
        vmessage("error", fmt, ap);
        if (team)
            atomic_store(&team->fatal, SM_FATAL_PRINTED);
        return;
    }
    struct timespec ms = {0, 1000 * 1000};
    for (int i = 0; i < 1000 && atomic_load(&team->fatal) != SM_FATAL_PRINTED; i++)
        nanosleep(&ms, NULL);
}

_Noreturn void sm_fatal(const char *fmt, ...) {
    struct sm_team *team = sm_rt.forked_level > 0 ? sm_rt.team : NULL;
    va_list ap;
    va_start(ap, fmt);
    print_fatal_once(team, fmt, ap);
    va_end(ap);
    if (!team) {
        fflush(NULL);
        exit(1);
    }
    if (team->master_pid != getpid()) {
        atomic_store(&team->workers[sm_rt.self].reported, 1);
        sm_team_break();
        _exit(1);
    }
    sm_death_abort(1);
}
