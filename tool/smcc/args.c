/* args.c - sorting a cc command line into smpp, compile and link parts. */
#include "args.h"
#include "launcher.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Options whose value may be the next argument. */
static const char *const with_value[] = {
    "-o",           "-I",
    "-D",           "-U",
    "-include",     "-imacros",
    "-isystem",     "-iquote",
    "-idirafter",   "-iprefix",
    "-iwithprefix", "-iwithprefixbefore",
    "-isysroot",    "-MF",
    "-MT",          "-MQ",
    "-x",           "-L",
    "-l",           "-Xlinker",
    "-Xassembler",  "-Xpreprocessor",
    "-Xclang",      "-u",
    "-T",           "-z",
    "-e",           "-aux-info",
    "-dumpbase",    "-dumpdir",
    "-target",      "--param",
    "-B",           "-MJ",
    "-arch",        NULL,
};

static const char *const parse_prefixes[] = {
    "-I",      "-D",         "-U",       "-include",     "-imacros",  "-isystem",
    "-iquote", "-idirafter", "-iprefix", "-iwithprefix", "-isysroot", "-nostdinc",
    "-std=",   "-ansi",      "-undef",   "-x",           NULL,
};

static const char *const link_prefixes[] = {
    "-l",   "-L",        "-Wl,",       "-Xlinker",      "-static",        "-shared",    "-rdynamic",
    "-pie", "-no-pie",   "-nostdlib",  "-nostartfiles", "-nodefaultlibs", "-u",         "-T",
    "-z",   "-fuse-ld=", "--ld-path=", "-Bstatic",      "-Bdynamic",      "-Bsymbolic", NULL,
};

static const char *const link_exact[] = {"-e", "-s", "-r", NULL};

static const char *const compile_prefixes[] = {
    "-Wa,", "-Wp,", "-Xassembler", "-Xpreprocessor", "-Xclang", "-MJ", NULL,
};

static int in_list(const char *a, const char *const *list, int prefix) {
    for (; *list; list++)
        if (prefix ? starts_with(a, *list) : strcmp(a, *list) == 0)
            return 1;
    return 0;
}

static int is_exact(const char *a, const char *const *list) {
    return in_list(a, list, 0);
}

static enum arg_kind option_kind(const char *a) {
    if (in_list(a, parse_prefixes, 1))
        return ARG_PARSE;
    if (in_list(a, compile_prefixes, 1))
        return ARG_COMPILE;
    if (in_list(a, link_prefixes, 1) || is_exact(a, link_exact))
        return ARG_LINK;
    if (starts_with(a, "-O") || starts_with(a, "-g") || starts_with(a, "-f") ||
        starts_with(a, "-m") || starts_with(a, "-W") || strcmp(a, "-pthread") == 0)
        return ARG_PARSE_LINK;
    return ARG_BOTH;
}

static void add_arg(struct options *o, enum arg_kind kind, const char *a, const char *value) {
    struct arg *arg = &o->args[o->nargs++];
    arg->kind = kind;
    arg->n = value ? 2 : 1;
    arg->v[0] = a;
    arg->v[1] = value;
}

/* -Wsm-..., -Wno-sm-..., -Werror=sm-...: smpp's warnings, which cc lacks. */
static int is_sm_warning(const char *a) {
    if (!starts_with(a, "-W"))
        return 0;
    a += 2;
    if (starts_with(a, "no-"))
        a += 3;
    if (starts_with(a, "error="))
        a += 6;
    return starts_with(a, "sm-");
}

/* smcc's own options.  Returns 1 if a was one, -1 on error. */
static int smcc_option(struct options *o, const char *a) {
    if (strcmp(a, "--sm-show") == 0)
        o->show = 1;
    else if (strcmp(a, "--sm-keep") == 0)
        o->keep = 1;
    else if (strcmp(a, "--sm-serial") == 0)
        o->backend = "serial";
    else if (strcmp(a, "--sm-private-heap") == 0)
        o->private_heap = 1;
    else if (starts_with(a, "--sm-cc="))
        o->cc = a + strlen("--sm-cc=");
    else if (starts_with(a, "--sm-backend=")) {
        o->backend = a + strlen("--sm-backend=");
        if (strcmp(o->backend, "process") && strcmp(o->backend, "serial") &&
            strcmp(o->backend, "openmp")) {
            fprintf(stderr, "smcc: error: unknown back end '%s' (process, serial, openmp)\n",
                    o->backend);
            return -1;
        }
    } else if (is_sm_warning(a))
        sv_push(&o->smpp_flags, a);
    else if (starts_with(a, "--sm-")) {
        fprintf(stderr, "smcc: error: unknown option '%s'\n", a);
        return -1;
    } else
        return 0;
    return 1;
}

/* The -M family.  Returns 1 if a (with value) was one of them. */
static int deps_option(struct deps *d, const char *a, const char *value) {
    if (strcmp(a, "-MD") == 0 || strcmp(a, "-MMD") == 0)
        d->kind = a;
    else if (strcmp(a, "-M") == 0 || strcmp(a, "-MM") == 0)
        d->print_only = 1;
    else if (strcmp(a, "-MP") == 0)
        d->phony = 1;
    else if (strcmp(a, "-MG") == 0)
        d->missing_ok = 1;
    else if (starts_with(a, "-MF"))
        d->file = value ? value : a + 3;
    else if (starts_with(a, "-MT") || starts_with(a, "-MQ")) {
        sv_push(&d->targets, xasprintf("%.3s", a));
        sv_push(&d->targets, value ? value : a + 3);
    } else
        return 0;
    return 1;
}

static void mode_option(struct options *o, const char *a) {
    enum mode m = a[1] == 'c' ? MODE_COMPILE : a[1] == 'S' ? MODE_ASM : MODE_PREPROCESS;
    if (m > o->mode)
        o->mode = m;
}

/* -Wp,...,-MD,FILE,... (kbuild, old depcomp): the option goes to cc as it
 * is, and the file it names is fixed up like -MF's. */
static const char *wp_deps_file(const char *a) {
    char *list = xstrdup(a + strlen("-Wp,")), *save = NULL;
    for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save))
        if (strcmp(t, "-MD") == 0 || strcmp(t, "-MMD") == 0)
            return strtok_r(NULL, ",", &save);
    return NULL;
}

static void note_flags(struct options *o, const char *a, const char *value) {
    if (starts_with(a, "-Wp,")) {
        const char *file = wp_deps_file(a);
        if (file)
            o->deps.wp_file = file;
    } else if (starts_with(a, "-flto") && strcmp(a, "-flto=none"))
        o->lto = 1;
    else if (strcmp(a, "-fno-lto") == 0)
        o->lto = 0;
    else if (strcmp(a, "-fsyntax-only") == 0)
        o->syntax_only = 1;
    else if (strcmp(a, "-v") == 0)
        o->verbose = 1;
    else if (strcmp(a, "-shared") == 0 || strcmp(a, "-r") == 0 || starts_with(a, "-nostdlib"))
        o->no_runtime = 1;
    else if (starts_with(a, "-x")) {
        const char *lang = value ? value : a + 2;
        if (strcmp(lang, "c") && strcmp(lang, "none"))
            o->passthrough = 1;
    }
}

static void input_file(struct options *o, const char *a) {
    if (strcmp(a, "-") == 0)
        o->passthrough = 1;
    if (has_suffix(a, ".c")) {
        add_arg(o, ARG_SOURCE, a, NULL);
        o->nsources++;
    } else {
        add_arg(o, ARG_INPUT, a, NULL);
        o->ninputs++;
        o->ncompiled_others += is_compiled_input(a);
    }
}

const char *arg_value(const struct arg *a, const char *name) {
    if (strcmp(a->v[0], name) == 0)
        return a->n == 2 ? a->v[1] : NULL;
    return starts_with(a->v[0], name) && a->v[0][strlen(name)] ? a->v[0] + strlen(name) : NULL;
}

/* Consumes argv[*i] (and its value).  Returns 0, or 1 on error. */
static int one_arg(struct options *o, int argc, char **argv, int *i) {
    const char *a = argv[*i];
    int sm = smcc_option(o, a);
    if (sm)
        return sm < 0;
    const char *value = NULL;
    if (a[0] == '-' && is_exact(a, with_value)) {
        if (*i + 1 >= argc) {
            fprintf(stderr, "smcc: error: missing argument to '%s'\n", a);
            return 1;
        }
        value = argv[++*i];
    }
    sv_push(&o->user_args, a);
    if (value)
        sv_push(&o->user_args, value);
    if (a[0] != '-' || a[1] == '\0') {
        input_file(o, a);
    } else if (strcmp(a, "-o") == 0 || (starts_with(a, "-o") && !value)) {
        o->out = value ? value : a + 2;
    } else if (strcmp(a, "-c") == 0 || strcmp(a, "-S") == 0 || strcmp(a, "-E") == 0) {
        mode_option(o, a);
    } else if (!deps_option(&o->deps, a, value)) {
        note_flags(o, a, value);
        add_arg(o, option_kind(a), a, value);
    }
    return 0;
}

static void defaults(struct options *o) {
    const char *cc = getenv("SMCC_CC");
    o->cc = cc && *cc ? cc : "cc";
    o->backend = "process";
}

int parse_args(int argc, char **argv, struct options *o) {
    defaults(o);
    o->args = xmalloc((size_t)argc * sizeof *o->args);
    /* Launcher mode: the compiler after smcc's own options, if any (a
     * launcher list like "smcc;--sm-serial" puts them first). */
    int first = 1;
    while (first < argc && starts_with(argv[first], "--sm-"))
        first++;
    if (first < argc && is_compiler_word(argv[first])) {
        o->cc = argv[first];
        o->launcher = 1;
    }
    for (int i = 1; i < argc; i++) {
        if (o->launcher && i == first)
            continue;
        if (one_arg(o, argc, argv, &i))
            return 1;
    }
    if (o->syntax_only && o->mode != MODE_PREPROCESS)
        o->mode = MODE_SYNTAX;
    if (o->deps.print_only && !o->deps.kind)
        o->passthrough = 1;
    if (o->nsources == 0 && (o->mode != MODE_LINK || o->ninputs == 0))
        o->passthrough = 1;
    if (o->out && o->nsources + o->ncompiled_others > 1 && o->mode != MODE_LINK &&
        o->mode != MODE_SYNTAX) {
        fprintf(stderr, "smcc: error: cannot specify '-o' with '-c', '-S' or '-E' with "
                        "multiple files\n");
        return 1;
    }
    return 0;
}
