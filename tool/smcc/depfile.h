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
 * out -MF and -MQ as cc would have chosen them for the user's command;
 * cc_file, if not NULL, is the file cc writes instead (see below). */
void deps_args(const struct options *o, const char *source, int explicit_names, const char *cc_file,
               struct strvec *out);
/* The dependency file the user's command names for source. */
const char *deps_file(const struct options *o, const char *source);
/* "-", /dev/stdout, a pipe: the fix-up cannot read back what cc wrote
 * there, so cc writes to a temporary file that the fix-up copies there. */
int deps_file_is_stream(const char *file);
/* Copies what cc wrote (in) to the user's file (out, may be in) with the
 * name rewritten replaced by the name source.  0 or -1. */
int deps_fix(const char *in, const char *out, const char *rewritten, const char *source);

#endif /* SMCC_DEPFILE_H */
