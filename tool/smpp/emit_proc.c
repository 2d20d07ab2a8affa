/*
 * emit_proc.c - the process back end: every directive becomes calls into
 * libsharedmem, in place, on the directive's own line (see docs/design.md).
 * Directives are emitted innermost first, so when an inner and an outer
 * construct end at the same place, the inner one's closing code comes first.
 */
#include "smpp.h"

#include <stdlib.h>
#include <string.h>

char *loc_name(const struct sm_directive *d) {
    struct sm_buf b = {0};
    buf_printf(&b, "__sm_loc_%d", d->index);
    return buf_take(&b);
}

void loc_decl(const struct sm_unit *u, const struct sm_directive *d, struct sm_buf *out) {
    unsigned line, col;
    source_line_col(&u->src, d->begin, &line, &col);
    char *file = c_string_literal(u->src.path);
    char *name = loc_name(d);
    buf_printf(out, "static const __sm_loc %s = {%s, %u, %u, \"%s\"}; ", name, file, line, col,
               dir_kind_name(d->kind));
    free(file);
    free(name);
}

static void free_text(struct construct_text *t) {
    free(t->pre.data);
    free(t->enter.data);
    free(t->exit.data);
    free(t->post.data);
}

static const char *or_empty(const struct sm_buf *b) {
    return b->data ? b->data : "";
}

/* Replaces the directive with `open` and adds `close` after its statement. */
static void wrap_statement(struct sm_unit *u, const struct sm_directive *d, const char *open,
                           const char *close) {
    edits_replace(&u->edits, d->begin, d->end, open);
    edits_insert(&u->edits, d->stmt_end, close);
}

static int emit_parallel(struct sm_unit *u, struct sm_directive *d) {
    struct construct_text t = {0}, loop = {0};
    struct sm_buf open = {0}, close = {0};
    const struct sm_clause *nw = dir_clause(d, CL_NUM_WORKERS);
    const struct sm_clause *cond = dir_clause(d, CL_IF);
    int errors = datasharing_emit(u, d, &t);
    if (d->kind == DIR_PARALLEL_FOR)
        errors += emit_loop(u, d, &loop);
    char *loc = loc_name(d);
    buf_puts(&open, "{ ");
    loc_decl(u, d, &open);
    buf_printf(&open, "%s(void)__sm_parallel_begin(&%s, %s%s%s, %s%s%s); { %s%s%s",
               or_empty(&t.pre), loc, nw ? "(" : "", nw ? nw->expr : "0", nw ? ")" : "",
               cond ? "((" : "", cond ? cond->expr : "1", cond ? ") != 0)" : "", or_empty(&t.enter),
               or_empty(&loop.pre), or_empty(&loop.enter));
    buf_printf(&close, "%s%s%s } __sm_parallel_end(); %s }", or_empty(&loop.exit),
               or_empty(&loop.post), or_empty(&t.exit), or_empty(&t.post));
    wrap_statement(u, d, open.data, close.data);
    free(loc);
    free(open.data);
    free(close.data);
    free_text(&t);
    free_text(&loop);
    return errors;
}

static int emit_for(struct sm_unit *u, struct sm_directive *d) {
    struct construct_text t = {0};
    struct sm_buf open = {0}, close = {0};
    int errors = datasharing_emit(u, d, &t);
    errors += emit_loop(u, d, &t);
    buf_printf(&open, "{ %s%s", or_empty(&t.pre), or_empty(&t.enter));
    buf_printf(&close, "%s%s }", or_empty(&t.exit), or_empty(&t.post));
    wrap_statement(u, d, open.data, close.data);
    free(open.data);
    free(close.data);
    free_text(&t);
    return errors;
}

static int emit_critical(struct sm_unit *u, struct sm_directive *d) {
    struct sm_buf open = {0}, close = {0};
    char *name = d->critical_name ? c_string_literal(d->critical_name) : xstrdup("0");
    char *loc = loc_name(d);
    buf_puts(&open, "{ ");
    loc_decl(u, d, &open);
    buf_printf(&open, "__sm_critical_begin(%s, &%s); ", name, loc);
    buf_printf(&close, " __sm_critical_end(%s); }", name);
    wrap_statement(u, d, open.data, close.data);
    free(name);
    free(loc);
    free(open.data);
    free(close.data);
    return 0;
}

static int emit_master(struct sm_unit *u, struct sm_directive *d) {
    wrap_statement(u, d, "{ if (sm_worker_id() == 0) ", " }");
    return 0;
}

static int emit_single(struct sm_unit *u, struct sm_directive *d) {
    struct construct_text t = {0};
    struct sm_buf open = {0}, close = {0};
    int errors = datasharing_emit(u, d, &t);
    char *loc = loc_name(d);
    buf_puts(&open, "{ ");
    loc_decl(u, d, &open);
    buf_printf(&open, "%sif (__sm_single_begin(&%s)) { %s", or_empty(&t.pre), loc,
               or_empty(&t.enter));
    buf_printf(&close, " %s} __sm_single_end(%d, &%s); %s}", or_empty(&t.exit),
               dir_clause(d, CL_NOWAIT) != NULL, loc, or_empty(&t.post));
    wrap_statement(u, d, open.data, close.data);
    free(loc);
    free(open.data);
    free(close.data);
    free_text(&t);
    return errors;
}

static int emit_barrier(struct sm_unit *u, struct sm_directive *d) {
    struct sm_buf b = {0};
    char *loc = loc_name(d);
    buf_puts(&b, "{ ");
    loc_decl(u, d, &b);
    buf_printf(&b, "__sm_barrier(&%s); }", loc);
    edits_replace(&u->edits, d->begin, d->end, b.data);
    free(loc);
    free(b.data);
    return 0;
}

int emit_atomic(struct sm_unit *u, struct sm_directive *d);
int emit_shared_global(struct sm_unit *u, struct sm_directive *d);

static int emit_directive(struct sm_unit *u, struct sm_directive *d) {
    switch (d->kind) {
    case DIR_PARALLEL:
    case DIR_PARALLEL_FOR:
        return emit_parallel(u, d);
    case DIR_FOR:
        return emit_for(u, d);
    case DIR_CRITICAL:
        return emit_critical(u, d);
    case DIR_MASTER:
        return emit_master(u, d);
    case DIR_SINGLE:
        return emit_single(u, d);
    case DIR_BARRIER:
        return emit_barrier(u, d);
    case DIR_ORDERED:
        return emit_ordered(u, d);
    case DIR_ATOMIC:
        return emit_atomic(u, d);
    case DIR_FLUSH:
        edits_replace(&u->edits, d->begin, d->end, "__atomic_thread_fence(__ATOMIC_SEQ_CST);");
        return 0;
    case DIR_THREADPRIVATE:
        /* File-scope variables are already per worker: nothing to do. */
        edits_replace(&u->edits, d->begin, d->end, "");
        return 0;
    case DIR_SHARED_GLOBAL:
        return emit_shared_global(u, d);
    }
    return 0;
}

int emit_process(struct sm_unit *u) {
    int errors = datasharing_analyse(u);
    if (errors)
        return errors;
    datasharing_redirect(u);
    for (int i = u->ndirs - 1; i >= 0; i--)
        errors += emit_directive(u, &u->dirs[i]);
    return errors;
}
