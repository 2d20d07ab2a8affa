/*
 * tmp.h - smcc's temporary directory.
 *
 * One mkdtemp directory per smcc run, in $TMPDIR (default /tmp), so parallel
 * builds never collide.  Every path created in it is registered; the
 * registered paths are removed at exit and, from a signal handler, on
 * SIGINT, SIGTERM and SIGHUP before the signal is re-raised.
 */
#ifndef SMCC_TMP_H
#define SMCC_TMP_H

/* Installs the signal handlers.  Call once, early. */
void tmp_init(int dry_run);
/* A new subdirectory of the run's directory (created on first use).  In a
 * dry run nothing is created and a placeholder name is returned.  NULL on
 * error (reported). */
const char *tmp_subdir(void);
/* Registers a file that will be created in a temporary directory. */
void tmp_register(const char *path);
/* Removes everything registered (and stray files in the run's directory). */
void tmp_cleanup(void);

#endif /* SMCC_TMP_H */
