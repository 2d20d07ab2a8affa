/* run.c - running the compiler, smpp and objcopy (no shell involved). */
#include "run.h"

#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

extern char **environ;

volatile sig_atomic_t running_child;

static int needs_quotes(const char *s) {
    return *s == '\0' || s[strcspn(s, " \t\n\\'\"$`*?[]{}()<>|&;#~!")] != '\0';
}

static void print_word(const char *s, FILE *f) {
    if (!needs_quotes(s)) {
        fputs(s, f);
        return;
    }
    fputc('\'', f);
    for (; *s; s++) {
        if (*s == '\'')
            fputs("'\\''", f);
        else
            fputc(*s, f);
    }
    fputc('\'', f);
}

void print_command(const struct strvec *argv) {
    for (size_t i = 0; i < argv->len; i++) {
        if (i)
            fputc(' ', stderr);
        print_word(argv->items[i], stderr);
    }
    fputc('\n', stderr);
    fflush(stderr);
}

static int exit_status(int status) {
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return 1;
}

/* Blocks the fatal signals around the spawn so running_child is set before a
 * handler can look at it; the child gets the caller's mask back. */
static int spawn(char *const *argv, pid_t *pid) {
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    sigprocmask(SIG_BLOCK, &block, &old);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setsigmask(&attr, &old);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
    int err = posix_spawnp(pid, argv[0], NULL, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    if (err == 0)
        running_child = *pid;
    sigprocmask(SIG_SETMASK, &old, NULL);
    return err;
}

int run_command(struct strvec *argv, int flags) {
    if (flags & (RUN_SHOW | RUN_ECHO))
        print_command(argv);
    if (flags & RUN_SHOW)
        return 0;
    fflush(stdout);
    pid_t pid;
    int err = spawn(sv_argv(argv), &pid);
    if (err) {
        fprintf(stderr, "smcc: error: cannot run %s: %s\n", argv->items[0], strerror(err));
        return 127;
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            running_child = 0;
            return 1;
        }
    }
    running_child = 0;
    return exit_status(status);
}
