/* driver.h - the steps smcc runs: rewrite, compile, redirect, link. */
#ifndef SMCC_DRIVER_H
#define SMCC_DRIVER_H

#include "args.h"
#include "paths.h"

struct driver {
    const struct options *o;
    struct sm_paths paths;
    int run_flags; /* RUN_SHOW, RUN_ECHO */
};

/* Rewrites (when it has directives), compiles and redirects one .c file.
 * *object is the object made (a temporary one when linking).  Returns the
 * failing step's exit status or 0. */
int compile_source(const struct driver *d, const char *source, const char **object);
/* -c/-S/-E of an input smcc does not handle itself (.s, .S, ...). */
int compile_other(const struct driver *d, const char *input);
/* The flags every compile command gets, in the user's order. */
void compile_flags(const struct driver *d, struct strvec *cmd);

/* Links objects[i] in place of each source argument, adding the runtime. */
int link_program(const struct driver *d, const char *const *objects);
/* A link of inputs only: the user's command unchanged plus the runtime. */
int link_unchanged(const struct driver *d);
/* What smcc leaves to cc alone (--version, -M, stdin, other languages). */
int pass_through(const struct driver *d);

#endif /* SMCC_DRIVER_H */
