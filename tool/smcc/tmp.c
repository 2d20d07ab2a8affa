/* tmp.c - smcc's temporary directory, removed on exit and on signals. */
#include "tmp.h"
#include "run.h"
#include "util.h"

#include <errno.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Read by the signal handler: only ever appended to, with signals blocked. */
static const char *volatile *registered;
static volatile size_t nregistered;
static size_t capacity;
static char *run_dir;
static int dry;
static int nsubdirs;

static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP};

static void block_signals(sigset_t *old) {
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++)
        sigaddset(&set, fatal_signals[i]);
    sigprocmask(SIG_BLOCK, &set, old);
}

/* Async-signal-safe: unlink and rmdir only. */
static void remove_registered(void) {
    for (size_t i = nregistered; i-- > 0;) {
        const char *path = registered[i];
        if (unlink(path) != 0)
            rmdir(path);
    }
}

static void on_fatal_signal(int sig) {
    pid_t child = running_child;
    if (child > 0) {
        kill(child, sig);
        waitpid(child, NULL, 0);
    }
    remove_registered();
    signal(sig, SIG_DFL);
    raise(sig);
}

void tmp_init(int dry_run) {
    dry = dry_run;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fatal_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof fatal_signals / sizeof *fatal_signals; i++) {
        struct sigaction old;
        /* A shell running us in the background ignores SIGINT: keep that. */
        if (sigaction(fatal_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(fatal_signals[i], &sa, NULL);
    }
}

void tmp_register(const char *path) {
    if (dry)
        return;
    sigset_t old;
    block_signals(&old);
    if (nregistered == capacity) {
        size_t cap = capacity ? 2 * capacity : 32;
        const char *volatile *grown = xmalloc(cap * sizeof *grown);
        for (size_t i = 0; i < nregistered; i++)
            grown[i] = registered[i];
        registered = grown;
        capacity = cap;
    }
    registered[nregistered] = path;
    nregistered = nregistered + 1;
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* Like gcc: TMPDIR if it names a directory smcc can write to, else /tmp. */
static const char *tmp_base(void) {
    const char *t = getenv("TMPDIR");
    struct stat st;
    if (t && *t && stat(t, &st) == 0 && S_ISDIR(st.st_mode) && access(t, W_OK | X_OK) == 0)
        return t;
    return "/tmp";
}

static int make_run_dir(void) {
    if (run_dir)
        return 0;
    char *templ = xasprintf("%s/smcc-XXXXXX", tmp_base());
    if (dry) {
        run_dir = templ;
        return 0;
    }
    sigset_t old;
    block_signals(&old);
    char *made = mkdtemp(templ);
    if (made)
        tmp_register(made);
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (!made) {
        fprintf(stderr, "smcc: error: cannot create a directory in %s: %s\n", tmp_base(),
                strerror(errno));
        return -1;
    }
    run_dir = made;
    return 0;
}

const char *tmp_subdir(void) {
    if (make_run_dir() != 0)
        return NULL;
    char *dir = xasprintf("%s/%d", run_dir, nsubdirs++);
    if (dry)
        return dir;
    tmp_register(dir);
    if (mkdir(dir, 0700) != 0) {
        fprintf(stderr, "smcc: error: cannot create %s: %s\n", dir, strerror(errno));
        return NULL;
    }
    return dir;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

void tmp_cleanup(void) {
    if (dry)
        return;
    sigset_t old;
    block_signals(&old);
    remove_registered();
    if (run_dir && access(run_dir, F_OK) == 0)
        nftw(run_dir, remove_entry, 8, FTW_DEPTH | FTW_PHYS);
    nregistered = 0;
    sigprocmask(SIG_SETMASK, &old, NULL);
}
