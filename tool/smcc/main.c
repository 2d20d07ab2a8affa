/*
 * smcc - the sharedmem compiler driver, a drop-in cc.
 *
 * For each C source with sharedmem directives it runs smpp into $TMPDIR and
 * compiles the rewritten file; sources without directives go straight to
 * cc.  Objects get the malloc family redirected to the shared heap, and
 * links get the runtime.  docs/smcc.md describes every option.
 */
#include "args.h"
#include "compiler.h"
#include "respfile.h"
#include "driver.h"
#include "run.h"
#include "scan.h"
#include "tmp.h"

#include <stdio.h>

static int compile_all(const struct driver *d, const char **objects) {
    const struct options *o = d->o;
    for (size_t i = 0; i < o->nargs; i++) {
        int status = 0;
        if (o->args[i].kind == ARG_SOURCE)
            status = compile_source(d, o->args[i].v[0], &objects[i]);
        else if (o->args[i].kind == ARG_INPUT && o->mode != MODE_LINK)
            status = compile_other(d, o->args[i].v[0]);
        if (status)
            return status;
    }
    return 0;
}

static int is_cxx_source(const char *path) {
    static const char *const suffixes[] = {".cc", ".cp", ".cxx", ".cpp", ".c++", ".C", NULL};
    for (const char *const *s = suffixes; *s; s++)
        if (has_suffix(path, *s))
            return 1;
    return 0;
}

/* smpp rewrites C only: the directives of a C++ source would be dropped
 * by the compiler without a word. */
static void warn_cxx_directives(const struct options *o) {
    for (size_t i = 0; i < o->nargs; i++) {
        const char *path = o->args[i].v[0];
        if (o->args[i].kind == ARG_INPUT && is_cxx_source(path) &&
            may_have_directives(path, NULL, NULL) > 0)
            fprintf(stderr,
                    "smcc: warning: %s: sharedmem directives in a C++ source are ignored "
                    "(smpp rewrites C only), so its loops run serially; move them into a C "
                    "file\n",
                    path);
    }
}

static int drive(const struct driver *d) {
    const struct options *o = d->o;
    warn_cxx_directives(o);
    if (o->passthrough)
        return pass_through(d);
    if (o->mode == MODE_LINK && o->nsources == 0)
        return link_unchanged(d);
    const char **objects = xmalloc((o->nargs + 1) * sizeof *objects);
    int status = compile_all(d, objects);
    if (status == 0 && o->mode == MODE_LINK)
        status = link_program(d, objects);
    return status;
}

int main(int argc, char **argv) {
    struct options o = {0};
    if (expand_response_files(&argc, &argv) != 0 || parse_args(argc, argv, &o) != 0) {
        xfree_all();
        return 1;
    }
    o.cc = real_compiler(o.cc);
    if (!o.cc) {
        xfree_all();
        return 1;
    }
    struct driver d = {.o = &o};
    find_paths(argv[0], &d.paths);
    d.run_flags = o.show ? RUN_SHOW : o.verbose ? RUN_ECHO : 0;
    tmp_init(o.show);
    int status = drive(&d);
    tmp_cleanup();
    xfree_all();
    return status;
}
