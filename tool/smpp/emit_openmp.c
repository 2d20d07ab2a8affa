/*
 * emit_openmp.c - the OpenMP back end (smcc --sm-backend=openmp): every
 * directive becomes the equivalent #pragma omp, for libgomp threads with
 * OpenMP's shared-by-default semantics.
 */
#include "smpp.h"

#include <stdlib.h>
#include <string.h>

static const char *const reduction_ops[] = {
    [RED_ADD] = "+",  [RED_SUB] = "-",   [RED_MUL] = "*",  [RED_BAND] = "&",  [RED_BOR] = "|",
    [RED_BXOR] = "^", [RED_LAND] = "&&", [RED_LOR] = "||", [RED_MIN] = "min", [RED_MAX] = "max",
};

static const char *const schedule_kinds[] = {
    [SCHED_NONE] = "",         [SCHED_STATIC] = "static",   [SCHED_DYNAMIC] = "dynamic",
    [SCHED_GUIDED] = "guided", [SCHED_RUNTIME] = "runtime", [SCHED_AUTO] = "auto",
};

static void name_list(struct sm_buf *b, const struct sm_clause *c) {
    for (int i = 0; i < c->nnames; i++)
        buf_printf(b, "%s%s", i ? ", " : "", c->names[i].name);
}

static void clause_text(struct sm_buf *b, const struct sm_clause *c) {
    switch (c->kind) {
    case CL_NUM_WORKERS:
        buf_printf(b, " num_threads(%s)", c->expr);
        break;
    case CL_IF:
        buf_printf(b, " if(%s)", c->expr);
        break;
    case CL_REDUCTION:
        buf_printf(b, " reduction(%s: ", reduction_ops[c->op]);
        name_list(b, c);
        buf_puts(b, ")");
        break;
    case CL_SCHEDULE:
        buf_printf(b, " schedule(%s%s%s)", schedule_kinds[c->sched], c->expr ? ", " : "",
                   c->expr ? c->expr : "");
        break;
    case CL_COLLAPSE:
        buf_printf(b, " collapse(%d)", c->collapse);
        break;
    case CL_ORDERED:
        buf_puts(b, " ordered");
        break;
    case CL_NOWAIT:
        buf_puts(b, " nowait");
        break;
    case CL_DEFAULT:
        buf_printf(b, " default(%s)",
                   c->deflt == DEFAULT_SHARED ? "shared"
                   : c->deflt == DEFAULT_NONE ? "none"
                                              : "private");
        break;
    default:
        buf_printf(b, " %s(", clause_kind_name(c->kind));
        name_list(b, c);
        buf_puts(b, ")");
        break;
    }
}

static char *omp_text(const struct sm_directive *d) {
    static const char *const atomic_kinds[] = {[ATOMIC_UPDATE] = "update",
                                               [ATOMIC_READ] = "read",
                                               [ATOMIC_WRITE] = "write",
                                               [ATOMIC_CAPTURE] = "capture"};
    struct sm_buf b = {0};
    buf_printf(&b, "omp %s", dir_kind_name(d->kind));
    if (d->kind == DIR_CRITICAL && d->critical_name)
        buf_printf(&b, "(%s)", d->critical_name);
    if (d->kind == DIR_ATOMIC)
        buf_printf(&b, " %s", atomic_kinds[d->atomic]);
    if (d->kind == DIR_FLUSH || d->kind == DIR_THREADPRIVATE) {
        if (d->nclauses) {
            buf_puts(&b, "(");
            name_list(&b, &d->clauses[0]);
            buf_puts(&b, ")");
        }
    } else {
        for (int i = 0; i < d->nclauses; i++)
            clause_text(&b, &d->clauses[i]);
    }
    return buf_take(&b);
}

int emit_openmp(struct sm_unit *u) {
    for (int i = 0; i < u->ndirs; i++) {
        const struct sm_directive *d = &u->dirs[i];
        struct sm_buf b = {0};
        if (d->kind == DIR_SHARED_GLOBAL) {
            /* Threads share every global already. */
        } else if (d->is_pragma_operator) {
            char *text = omp_text(d);
            char *lit = c_string_literal(text);
            buf_printf(&b, "_Pragma(%s)", lit);
            free(lit);
            free(text);
        } else {
            char *text = omp_text(d);
            buf_printf(&b, "#pragma %s", text);
            free(text);
        }
        char *repl = buf_take(&b);
        edits_replace(&u->edits, d->begin, d->end, repl);
        free(repl);
    }
    return 0;
}
