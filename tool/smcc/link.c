/* link.c - the link command, with the runtime added. */
#include "driver.h"
#include "run.h"

#include <string.h>

/* A runtime built with sanitizers (SM_SANITIZE) needs them at link time. */
#ifndef SMCC_RUNTIME_LINK_FLAG
#define SMCC_RUNTIME_LINK_FLAG NULL
#endif

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
    sv_push(cmd, xasprintf("%s/libsharedmem%s.a", d->paths.lib_dir, openmp ? "-omp" : ""));
}

int link_program(const struct driver *d, const char *const *objects) {
    const struct options *o = d->o;
    struct strvec cmd = {0};
    sv_push(&cmd, o->cc);
    for (size_t i = 0; i < o->nargs; i++) {
        const struct arg *a = &o->args[i];
        if (a->kind == ARG_SOURCE)
            sv_push(&cmd, objects[i]);
        else if (a->kind != ARG_PARSE && a->kind != ARG_COMPILE)
            for (int k = 0; k < a->n; k++)
                sv_push(&cmd, a->v[k]);
    }
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
