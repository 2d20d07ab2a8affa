/* run.h - running the compiler, smpp and objcopy (no shell involved). */
#ifndef SMCC_RUN_H
#define SMCC_RUN_H

#include "util.h"

#include <signal.h>
#include <sys/types.h>

/* The child being waited for, so a signal handler can stop it first. */
extern volatile sig_atomic_t running_child;

enum run_flags {
    RUN_SHOW = 1, /* print the command, do not run it (--sm-show) */
    RUN_ECHO = 2, /* print the command before running it (-v) */
};

/* Runs argv (argv[0] looked up in PATH).  Returns the exit status, 128+N
 * if the command died of signal N, 127 if it could not be started. */
int run_command(struct strvec *argv, int flags);
/* Prints argv on stderr, quoted for a POSIX shell. */
void print_command(const struct strvec *argv);

#endif /* SMCC_RUN_H */
