/*
 * args.h - smcc's reading of a cc command line.
 *
 * Every argument is sorted by where it must go: the rewriter's parse (smpp),
 * the compile commands, the link command.  Order is kept, because -l and
 * input files are order-sensitive at link time.
 */
#ifndef SMCC_ARGS_H
#define SMCC_ARGS_H

#include "util.h"

enum arg_kind {
    ARG_SOURCE,     /* a .c input: rewritten if it has directives */
    ARG_INPUT,      /* any other input file (objects, archives, .s, ...) */
    ARG_PARSE,      /* smpp and compile, not link (-I -D -std= -x ...) */
    ARG_PARSE_LINK, /* smpp, compile and link (-O -g -f -m -W -pthread) */
    ARG_COMPILE,    /* compile only (-Wa, -Xclang ...) */
    ARG_BOTH,       /* compile and link (-v, unknown options) */
    ARG_LINK,       /* link only (-l -L -Wl, -static ...) */
};

struct arg {
    enum arg_kind kind;
    int n; /* 1 or 2 (option and its separate value) */
    const char *v[2];
};

enum mode { MODE_LINK, MODE_COMPILE, MODE_ASM, MODE_PREPROCESS, MODE_SYNTAX };

/* -M options.  They are rebuilt for each compile, so the file names can be
 * made explicit when smcc compiles a temporary file. */
struct deps {
    const char *kind;      /* "-MD", "-MMD" or NULL */
    int print_only;        /* -M or -MM without -MD: cc does it alone */
    int phony;             /* -MP */
    int missing_ok;        /* -MG */
    const char *file;      /* -MF */
    struct strvec targets; /* "-MT", name, "-MQ", name, ... */
    const char *wp_file;   /* -Wp,-MD,FILE or -Wp,-MMD,FILE: cpp writes it */
};

struct options {
    const char *cc; /* the real compiler */
    int launcher;   /* argv[1] named the compiler */
    enum mode mode;
    const char *out; /* -o */
    struct arg *args;
    size_t nargs;
    size_t nsources;
    size_t ninputs;
    size_t ncompiled_others; /* of the inputs: those -c, -S or -E would compile */
    struct deps deps;
    struct strvec smpp_flags;
    struct strvec user_args; /* as given, without smcc's own options */
    const char *backend;     /* "process", "serial" or "openmp" */
    int show, verbose, keep, private_heap, lto, syntax_only;
    int no_runtime;  /* -shared, -r, -nostdlib: not a program */
    int passthrough; /* something smcc leaves to cc alone */
};

/* Fills o from argv.  Returns 0, or prints a message and returns 1. */
int parse_args(int argc, char **argv, struct options *o);
/* The value of option a if it is name, joined ("-Idir") or separate
 * ("-I", "dir"); else NULL. */
const char *arg_value(const struct arg *a, const char *name);

#endif /* SMCC_ARGS_H */
