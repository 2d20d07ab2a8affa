/*
 * depfile.h - dependency files (-MD, -MMD) that name the user's files.
 *
 * When smcc compiles a rewritten copy or into a temporary object, cc would
 * name the temporary files.  smcc then passes the dependency file and the
 * target explicitly (the names cc would have chosen for the user's command)
 * and, after the compile, replaces the rewritten file's name by the source's.
 */
#ifndef SMCC_DEPFILE_H
#define SMCC_DEPFILE_H

#include "args.h"

/* The -M options for compiling source into object.  explicit_names: spell
 * out -MF and -MQ as cc would have chosen them for the user's command. */
void deps_args(const struct options *o, const char *source, int explicit_names, struct strvec *out);
/* The dependency file deps_args chose for source with explicit names. */
const char *deps_file(const struct options *o, const char *source);
/* In file, replaces the name rewritten by the name source.  0 or -1. */
int deps_fix(const char *file, const char *rewritten, const char *source);

#endif /* SMCC_DEPFILE_H */
