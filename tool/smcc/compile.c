/* compile.c - one source file: smpp, cc, dependency fix-up, heap redirect. */
#include "depfile.h"
#include "driver.h"
#include "fixup.h"
#include "heap.h"
#include "run.h"
#include "scan.h"
#include "tmp.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int is_openmp(const struct options *o) {
    return strcmp(o->backend, "openmp") == 0;
}

/* The rewritten code declares variables in for statements and after
 * statements: C89 and C90 become C99 for a rewritten file, with or without
 * GNU extensions as asked. */
static const char *c99_at_least(const char *a) {
    static const char *const strict[] = {
        "-ansi", "-std=c89", "-std=c90", "-std=iso9899:1990", "-std=iso9899:199409", NULL};
    for (const char *const *s = strict; *s; s++)
        if (strcmp(a, *s) == 0)
            return "-std=c99";
    if (strcmp(a, "-std=gnu89") == 0 || strcmp(a, "-std=gnu90") == 0)
        return "-std=gnu99";
    return a;
}

static void push_args(struct strvec *cmd, const struct options *o, int for_smpp, int rewritten) {
    for (size_t i = 0; i < o->nargs; i++) {
        const struct arg *a = &o->args[i];
        int wanted = a->kind == ARG_PARSE || a->kind == ARG_PARSE_LINK ||
                     (!for_smpp && (a->kind == ARG_COMPILE || a->kind == ARG_BOTH));
        for (int k = 0; wanted && k < a->n; k++)
            sv_push(cmd, rewritten && a->n == 1 ? c99_at_least(a->v[k]) : a->v[k]);
    }
}

static void compile_flags_of(const struct driver *d, struct strvec *cmd, int rewritten) {
    if (is_openmp(d->o))
        sv_push(cmd, "-fopenmp");
    push_args(cmd, d->o, 0, rewritten);
    sv_push(cmd, xasprintf("-I%s", d->paths.include_dir));
}

void compile_flags(const struct driver *d, struct strvec *cmd) {
    compile_flags_of(d, cmd, 0);
}

static int user_wants_werror(const struct options *o) {
    for (size_t i = 0; i < o->nargs; i++)
        if (o->args[i].n == 1 && strcmp(o->args[i].v[0], "-Werror") == 0)
            return 1;
    return 0;
}

static int run_smpp(const struct driver *d, const char *source, const char *rewritten) {
    const struct options *o = d->o;
    struct strvec cmd = {0};
    sv_push(&cmd, d->paths.smpp);
    sv_push(&cmd, xasprintf("--backend=%s", o->backend));
    sv_extend(&cmd, &o->smpp_flags);
    if (user_wants_werror(o))
        sv_push(&cmd, "-Werror");
    sv_push(&cmd, source);
    sv_push(&cmd, "-o");
    sv_push(&cmd, rewritten);
    sv_push(&cmd, "--");
    if (is_openmp(o))
        sv_push(&cmd, "-fopenmp");
    push_args(&cmd, o, 1, 0);
    sv_push(&cmd, xasprintf("-I%s", d->paths.include_dir));
    return run_command(&cmd, d->run_flags);
}

static const char *mode_flag(enum mode mode) {
    switch (mode) {
    case MODE_ASM:
        return "-S";
    case MODE_PREPROCESS:
        return "-E";
    case MODE_SYNTAX:
        return NULL;
    default:
        return "-c";
    }
}

/* The output cc would write for source, or a temporary object to link, or
 * the temporary preprocessed output of a rewritten file (fixed up below). */
static const char *output_name(const struct options *o, const char *source, const char *dir,
                               int rewrite) {
    const char *stem = path_stem(path_base(source));
    if (o->mode == MODE_PREPROCESS && rewrite)
        return xasprintf("%s/%s.i", dir, stem);
    switch (o->mode) {
    case MODE_LINK:
        return xasprintf("%s/%s.o", dir, stem);
    case MODE_COMPILE:
        return o->out ? o->out : xasprintf("%s.o", stem);
    case MODE_ASM:
        return o->out ? o->out : xasprintf("%s.s", stem);
    case MODE_PREPROCESS:
        return o->out;
    default:
        return NULL;
    }
}

/* Debug information names the compiled file: map the rewritten copy's
 * directory back to the source's, so the compile unit is the user's file. */
static const char *debug_prefix_map(const char *source, const char *rewritten) {
    const char *base = path_base(source);
    return xasprintf("-fdebug-prefix-map=%s/=%.*s", path_dir(rewritten), (int)(base - source),
                     source);
}

/* __FILE__ and __BASE_FILE__ in the rewritten copy's directory name the
 * source's instead (the #line names the source already; this is for
 * __BASE_FILE__). */
static const char *macro_prefix_map(const char *source, const char *rewritten) {
    const char *base = path_base(source);
    return xasprintf("-fmacro-prefix-map=%s/=%.*s", path_dir(rewritten), (int)(base - source),
                     source);
}

static int run_cc(const struct driver *d, const char *source, const char *input, const char *output,
                  int explicit_deps, const char *deps_out) {
    struct strvec cmd = {0};
    sv_push(&cmd, d->o->cc);
    if (input != source)
        sv_push(&cmd, "-iquote"), sv_push(&cmd, path_dir(source));
    compile_flags_of(d, &cmd, input != source);
    if (input != source) {
        sv_push(&cmd, debug_prefix_map(source, input));
        sv_push(&cmd, macro_prefix_map(source, input));
    }
    deps_args(d->o, source, explicit_deps, deps_out, &cmd);
    if (mode_flag(d->o->mode))
        sv_push(&cmd, mode_flag(d->o->mode));
    sv_push(&cmd, input);
    if (output)
        sv_push(&cmd, "-o"), sv_push(&cmd, output);
    return run_command(&cmd, d->run_flags);
}

static int copy_file(const char *from, const char *to) {
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    char buf[65536];
    size_t n;
    while (out && (n = fread(buf, 1, sizeof buf, in)) > 0)
        fwrite(buf, 1, n, out);
    int ok = out && !ferror(in) && fclose(out) == 0;
    if (in)
        fclose(in);
    if (!ok)
        fprintf(stderr, "smcc: error: cannot write %s: %s\n", to, strerror(errno));
    return ok ? 0 : 1;
}

/* --sm-keep: the rewritten source beside the object, as foo.sm.c. */
static int keep_rewritten(const struct options *o, const char *source, const char *rewritten) {
    int beside_out = o->out && (o->mode == MODE_COMPILE || o->mode == MODE_ASM);
    const char *stem = beside_out ? path_stem(o->out) : path_stem(path_base(source));
    return copy_file(rewritten, xasprintf("%s.sm.c", stem));
}

static int makes_object(const struct options *o) {
    return o->mode == MODE_LINK || o->mode == MODE_COMPILE;
}

static int wants_redirect(const struct options *o) {
    return makes_object(o) && !o->private_heap && !is_openmp(o);
}

/* An -flto object holds compiler IR: objcopy cannot rename its calls. */
static int redirect_heap_unless_lto(const struct options *o, const char *output, int run_flags) {
    static int warned;
    if (!o->lto)
        return redirect_heap(output, run_flags);
    if (!warned)
        fprintf(stderr, "smcc: warning: with -flto, malloc and the rest of its family are not "
                        "redirected to the shared heap: memory they return is private to each "
                        "worker (use sm_malloc, or compile without -flto)\n");
    warned = 1;
    return 0;
}

/* The steps after a successful compile of a rewritten file: what cc wrote
 * names the rewritten copy where the user expects the source. */
static int after_rewrite(const struct driver *d, const char *source, const char *rewritten,
                         const char *output, const char *deps_out) {
    const struct options *o = d->o;
    const char *deps = o->deps.kind ? deps_file(o, source) : NULL;
    if (d->run_flags & RUN_SHOW)
        return 0;
    if (o->mode == MODE_PREPROCESS && replace_in_file(output, o->out, rewritten, source) != 0)
        return 1;
    if (deps && deps_fix(deps_out ? deps_out : deps, deps, rewritten, source) != 0)
        return 1;
    if (o->deps.wp_file && !deps_file_is_stream(o->deps.wp_file) &&
        deps_fix(o->deps.wp_file, o->deps.wp_file, rewritten, source) != 0)
        return 1;
    if (o->keep && keep_rewritten(o, source, rewritten) != 0)
        return 1;
    return 0;
}

/* An object whose fix-up failed must not be left for make to take as
 * built: its malloc would not reach the shared heap. */
static void remove_unfinished(const char *output) {
    struct stat st;
    if (stat(output, &st) == 0 && S_ISREG(st.st_mode))
        unlink(output);
}

static int same_contents(const char *a, const char *b) {
    size_t na, nb;
    const char *ta = read_whole_file(a, &na), *tb = read_whole_file(b, &nb);
    return ta && tb && na == nb && memcmp(ta, tb, na) == 0;
}

/* The lexical pre-check can be fooled ("#pragma sm" in a comment or a
 * string); smpp then copies the file unchanged, and the copy must not be
 * compiled in its place: __FILE__ and messages would name it. */
static int rewrite_changed_nothing(const struct driver *d, const char *source,
                                   const char *rewritten) {
    return !(d->run_flags & RUN_SHOW) && same_contents(source, rewritten);
}

/* Does source, or a header of the user's that it includes, hold a
 * directive? */
static int has_directives(const struct options *o, const char *source) {
    struct include_path ip = {{0}, {0}};
    struct strvec forced = {0};
    for (size_t i = 0; i < o->nargs; i++) {
        const struct arg *a = &o->args[i];
        const char *v;
        if (a->kind != ARG_PARSE)
            continue;
        if ((v = arg_value(a, "-iquote")) != NULL)
            sv_push(&ip.quote, v);
        else if ((v = arg_value(a, "-include")) != NULL)
            sv_push(&forced, v);
        else if ((v = arg_value(a, "-I")) != NULL && strcmp(v, "-") != 0)
            sv_push(&ip.dirs, v);
    }
    return may_have_directives(source, &ip, &forced) > 0;
}

int compile_source(const struct driver *d, const char *source, const char **object) {
    const struct options *o = d->o;
    int rewrite = has_directives(o, source);
    const char *dir = NULL;
    if (rewrite || o->mode == MODE_LINK) {
        dir = tmp_subdir();
        if (!dir)
            return 1;
    }
    const char *input = source;
    int status;
    if (rewrite) {
        input = xasprintf("%s/%s", dir, path_base(source));
        tmp_register(input);
        if ((status = run_smpp(d, source, input)) != 0)
            return status;
        if (rewrite_changed_nothing(d, source, input)) {
            input = source;
            rewrite = 0;
        }
    }
    const char *output = output_name(o, source, dir, rewrite);
    if (o->mode == MODE_LINK || (o->mode == MODE_PREPROCESS && rewrite))
        tmp_register(output);
    const char *deps_out = NULL;
    if (rewrite && o->deps.kind && deps_file_is_stream(deps_file(o, source))) {
        deps_out = xasprintf("%s/%s.d", dir, path_stem(path_base(source)));
        tmp_register(deps_out);
    }
    *object = output;
    status = run_cc(d, source, input, output, rewrite || o->mode == MODE_LINK, deps_out);
    if (status != 0)
        return status;
    if (rewrite)
        status = after_rewrite(d, source, input, output, deps_out);
    if (status == 0 && wants_redirect(o))
        status = redirect_heap_unless_lto(o, output, d->run_flags);
    if (status != 0)
        remove_unfinished(output);
    return status;
}

int compile_other(const struct driver *d, const char *input) {
    struct strvec cmd = {0};
    sv_push(&cmd, d->o->cc);
    compile_flags(d, &cmd);
    deps_args(d->o, input, 0, NULL, &cmd);
    if (mode_flag(d->o->mode))
        sv_push(&cmd, mode_flag(d->o->mode));
    sv_push(&cmd, input);
    if (d->o->out)
        sv_push(&cmd, "-o"), sv_push(&cmd, d->o->out);
    return run_command(&cmd, d->run_flags);
}
