/* link.c - the link command, with the runtime added. */
#include "driver.h"
#include "run.h"

#include <string.h>

/* A runtime built with sanitizers (SM_SANITIZE) needs them at link time. */
#ifndef SMCC_RUNTIME_LINK_FLAG
#define SMCC_RUNTIME_LINK_FLAG NULL
#endif

/* Does the program link libgomp (or another OpenMP runtime) itself? */
static int links_openmp(const struct options *o) {
    for (size_t i = 0; i < o->nargs; i++) {
        const struct arg *a = &o->args[i];
        const char *lib = arg_value(a, "-l");
        if ((lib && strcmp(lib, "gomp") == 0) || strcmp(a->v[0], "-fopenmp") == 0 ||
            starts_with(a->v[0], "-fopenmp="))
            return 1;
    }
    return 0;
}

static void push_runtime(const struct driver *d, struct strvec *cmd) {
    const struct options *o = d->o;
    if (o->no_runtime)
        return;
    int openmp = strcmp(o->backend, "openmp") == 0;
    if (openmp) {
        sv_push(cmd, "-fopenmp");
        /* Programs with only directives call no sm_ function: pull in the
         * part that reads SM_NUM_WORKERS and SM_DEBUG at start-up. */
        sv_push(cmd, "-Wl,-u,__sm_shared_globals_anchor");
    } else {
        /* Every worker is a new process: lazy binding would resolve each
         * library function it calls again, in every worker. */
        sv_push(cmd, "-Wl,-z,now");
    }
    if (SMCC_RUNTIME_LINK_FLAG)
        sv_push(cmd, SMCC_RUNTIME_LINK_FLAG);
    /* omp_get_thread_num() & co. for ported programs, unless libgomp
     * provides them; before libsharedmem.a, whose sm_ calls they make. */
    if (!openmp && !links_openmp(o))
        sv_push(cmd, xasprintf("%s/libsharedmem-omp-queries.a", d->paths.lib_dir));
    sv_push(cmd, xasprintf("%s/libsharedmem%s.a", d->paths.lib_dir, openmp ? "-omp" : ""));
}

/* Inputs the link command still compiles (a .S, a file after -x c) need
 * the compile options too. */
static int link_compiles(const struct options *o) {
    if (o->ncompiled_others > 0)
        return 1;
    for (size_t i = 0; i < o->nargs; i++)
        if (o->args[i].kind == ARG_PARSE && arg_value(&o->args[i], "-x"))
            return 1;
    return 0;
}

/* An object in place of a source, outside any -x language the command
 * set for the inputs around it. */
static void push_object(struct strvec *cmd, const char *object, const char *language) {
    int reset = language && strcmp(language, "none") != 0;
    if (reset)
        sv_push(cmd, "-x"), sv_push(cmd, "none");
    sv_push(cmd, object);
    if (reset)
        sv_push(cmd, "-x"), sv_push(cmd, language);
}

int link_program(const struct driver *d, const char *const *objects) {
    const struct options *o = d->o;
    struct strvec cmd = {0};
    int compiles = link_compiles(o);
    const char *language = NULL;
    sv_push(&cmd, o->cc);
    for (size_t i = 0; i < o->nargs; i++) {
        const struct arg *a = &o->args[i];
        if (a->kind == ARG_SOURCE) {
            push_object(&cmd, objects[i], language);
            continue;
        }
        if ((a->kind == ARG_PARSE || a->kind == ARG_COMPILE) && !compiles)
            continue;
        const char *x = arg_value(a, "-x");
        if (x)
            language = x;
        for (int k = 0; k < a->n; k++)
            sv_push(&cmd, a->v[k]);
    }
    if (language && strcmp(language, "none") != 0)
        sv_push(&cmd, "-x"), sv_push(&cmd, "none"); /* the runtime is an archive */
    push_runtime(d, &cmd);
    if (o->out)
        sv_push(&cmd, "-o"), sv_push(&cmd, o->out);
    return run_command(&cmd, d->run_flags);
}

int link_unchanged(const struct driver *d) {
    struct strvec cmd = {0};
    sv_push(&cmd, d->o->cc);
    sv_extend(&cmd, &d->o->user_args);
    push_runtime(d, &cmd);
    return run_command(&cmd, d->run_flags);
}

int pass_through(const struct driver *d) {
    struct strvec cmd = {0};
    sv_push(&cmd, d->o->cc);
    sv_extend(&cmd, &d->o->user_args);
    return run_command(&cmd, d->run_flags);
}
