/*
 * atomic.c - `#pragma sm atomic [read|write|update|capture]`: the statement
 * becomes an __atomic builtin on the variable's own memory (lock-free where
 * the type allows; a compare-and-swap loop for floating point and for
 * operators without a fetch builtin).  A type wider than 8 bytes (long
 * double, __int128) has no lock-free atomics on every CPU, and libatomic's
 * fallback locks are private to each process: its update runs under a
 * process-shared lock instead, the runtime's critical section
 * "__sm_atomic".  Atomics only make sense on shared memory; on a private
 * variable they are merely atomic within one worker.
 */
#include "smpp.h"

#include <stdlib.h>
#include <string.h>

/* One analysed update: X = X op E (or X = E op X when reversed). */
struct update {
    char *x, *e, *op;
    int reversed;
    int is_integer;
    int wide;        /* under the lock, see above */
    int capture_new; /* capture: V gets the new value (else the old) */
};

static char *node_text(struct sm_unit *u, int node) {
    return edits_take_text(&u->edits, &u->src, u->ast.nodes[node].begin, u->ast.nodes[node].end);
}

/* Skips implicit casts and parentheses libclang reports as UnexposedExpr. */
static int strip(const struct sm_ast *ast, int node) {
    while (node >= 0 && (ast->nodes[node].kind == CXCursor_UnexposedExpr ||
                         ast->nodes[node].kind == CXCursor_ParenExpr)) {
        int child = node_child(ast, node, 0);
        if (child < 0 || node_child(ast, node, 1) >= 0)
            break;
        node = child;
    }
    return node;
}

/* An integer type the __atomic_fetch_ builtins take (not _Bool). */
static int is_integer_type(CXType t) {
    t = clang_getCanonicalType(t);
    return t.kind > CXType_Bool && t.kind <= CXType_Int128 && t.kind != CXType_Char16 &&
           t.kind != CXType_Char32;
}

static int is_wide(CXType t) {
    return clang_Type_getSizeOf(clang_getCanonicalType(t)) > 8;
}

#define WIDE_LOCK "\"__sm_atomic\""

/* { take the lock ... release it }: see the comment at the top. */
static void wide_begin(struct sm_unit *u, const struct sm_directive *d, struct sm_buf *b) {
    char *loc = loc_name(d);
    buf_puts(b, "{ ");
    loc_decl(u, d, b);
    buf_printf(b, "__sm_critical_begin(" WIDE_LOCK ", &%s); ", loc);
    free(loc);
}

static void wide_end(struct sm_buf *b) {
    buf_puts(b, " __sm_critical_end(" WIDE_LOCK "); }");
}

static int same_text(const char *a, const char *b) {
    while (*a && *b) {
        if (*a == ' ' || *a == '\t' || *a == '\n') {
            a++;
            continue;
        }
        if (*b == ' ' || *b == '\t' || *b == '\n') {
            b++;
            continue;
        }
        if (*a++ != *b++)
            return 0;
    }
    while (*a == ' ' || *a == '\t' || *a == '\n')
        a++;
    while (*b == ' ' || *b == '\t' || *b == '\n')
        b++;
    return *a == *b;
}

static int is_binop(const char *op) {
    static const char *const ops[] = {"+", "-", "*", "/", "&", "|", "^", "<<", ">>", "&&", "||"};
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (strcmp(op, ops[i]) == 0)
            return 1;
    return 0;
}

/* Reads an update expression at node into up.  Returns 0 or -1. */
static int analyse_update(struct sm_unit *u, int node, struct update *up) {
    const struct sm_ast *ast = &u->ast;
    node = strip(ast, node);
    if (node < 0)
        return -1;
    enum CXCursorKind k = ast->nodes[node].kind;
    int postfix = 0;
    char *op = NULL;
    if (k == CXCursor_UnaryOperator || k == CXCursor_CompoundAssignOperator ||
        k == CXCursor_BinaryOperator)
        op = node_operator(ast, node, &postfix);
    if (!op)
        return -1;
    int lhs = node_child(ast, node, 0), rhs = node_child(ast, node, 1);
    int ok = -1;
    if (k == CXCursor_UnaryOperator && (strcmp(op, "++") == 0 || strcmp(op, "--") == 0)) {
        up->op = xstrndup(op, 1);
        up->e = xstrdup("1");
        up->capture_new = !postfix;
        ok = 0;
    } else if (k == CXCursor_CompoundAssignOperator && rhs >= 0) {
        up->op = xstrndup(op, strlen(op) - 1);
        up->capture_new = 1;
        ok = 0;
    } else if (k == CXCursor_BinaryOperator && strcmp(op, "=") == 0 && rhs >= 0) {
        int inner = strip(ast, rhs);
        char *inner_op = ast->nodes[inner].kind == CXCursor_BinaryOperator
                             ? node_operator(ast, inner, NULL)
                             : NULL;
        if (inner_op && is_binop(inner_op)) {
            int a = node_child(ast, inner, 0), b = node_child(ast, inner, 1);
            char *xt = xstrndup(u->src.text + ast->nodes[lhs].begin,
                                ast->nodes[lhs].end - ast->nodes[lhs].begin);
            char *at = xstrndup(u->src.text + ast->nodes[a].begin,
                                ast->nodes[a].end - ast->nodes[a].begin);
            char *bt = xstrndup(u->src.text + ast->nodes[b].begin,
                                ast->nodes[b].end - ast->nodes[b].begin);
            if (same_text(xt, at)) {
                rhs = b;
                ok = 0;
            } else if (same_text(xt, bt)) {
                rhs = a;
                up->reversed = 1;
                ok = 0;
            }
            if (ok == 0) {
                up->op = inner_op;
                inner_op = NULL;
                up->capture_new = 1;
                /* x's second occurrence is read inside the builtin, not from the text */
                free(edits_take_text(&u->edits, &u->src, ast->nodes[up->reversed ? b : a].begin,
                                     ast->nodes[up->reversed ? b : a].end));
            }
            free(xt);
            free(at);
            free(bt);
        }
        free(inner_op);
    }
    free(op);
    if (ok)
        return -1;
    up->is_integer = is_integer_type(clang_getCursorType(ast->nodes[lhs].cursor));
    up->wide = is_wide(clang_getCursorType(ast->nodes[lhs].cursor));
    up->x = node_text(u, lhs);
    if (!up->e)
        up->e = node_text(u, rhs);
    return 0;
}

static void free_update(struct update *up) {
    free(up->x);
    free(up->e);
    free(up->op);
}

static const char *fetch_name(const char *op) {
    static const struct {
        const char *op, *name;
    } names[] = {{"+", "add"}, {"-", "sub"}, {"&", "and"}, {"|", "or"}, {"^", "xor"}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(op, names[i].op) == 0)
            return names[i].name;
    return NULL;
}

static void wide_update_code(struct sm_unit *u, const struct sm_directive *d, struct sm_buf *b,
                             const struct update *up, const char *v) {
    wide_begin(u, d, b);
    if (v && !up->capture_new)
        buf_printf(b, "%s = %s; ", v, up->x);
    if (up->reversed)
        buf_printf(b, "%s = (%s) %s %s;", up->x, up->e, up->op, up->x);
    else
        buf_printf(b, "%s = %s %s (%s);", up->x, up->x, up->op, up->e);
    if (v && up->capture_new)
        buf_printf(b, " %s = %s;", v, up->x);
    wide_end(b);
}

/* Code for an update; with v != NULL a capture into v. */
static void update_code(struct sm_unit *u, const struct sm_directive *d, struct sm_buf *b,
                        const struct update *up, const char *v) {
    if (up->wide) {
        wide_update_code(u, d, b, up, v);
        return;
    }
    const char *fetch = up->reversed || !up->is_integer ? NULL : fetch_name(up->op);
    if (fetch) {
        if (v)
            buf_printf(b, "%s = ", v);
        if (v && up->capture_new)
            buf_printf(b, "__atomic_%s_fetch(&(%s), (%s), __ATOMIC_SEQ_CST);", fetch, up->x, up->e);
        else
            buf_printf(b, "__atomic_fetch_%s(&(%s), (%s), __ATOMIC_SEQ_CST);", fetch, up->x, up->e);
        return;
    }
    buf_printf(b,
               "{ __typeof__(%s) *__sm_ap = &(%s); __typeof__(*__sm_ap) __sm_ao, __sm_an; "
               "__typeof__(%s) __sm_ae = (%s); __atomic_load(__sm_ap, &__sm_ao, "
               "__ATOMIC_SEQ_CST); do { __sm_an = ",
               up->x, up->x, up->e, up->e);
    if (up->reversed)
        buf_printf(b, "__sm_ae %s __sm_ao;", up->op);
    else
        buf_printf(b, "__sm_ao %s __sm_ae;", up->op);
    buf_puts(b, " } while (!__atomic_compare_exchange(__sm_ap, &__sm_ao, &__sm_an, 0, "
                "__ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));");
    if (v)
        buf_printf(b, " %s = %s;", v, up->capture_new ? "__sm_an" : "__sm_ao");
    buf_puts(b, " }");
}

static int assignment_parts(struct sm_unit *u, int node, int *lhs, int *rhs) {
    node = strip(&u->ast, node);
    if (node < 0 || u->ast.nodes[node].kind != CXCursor_BinaryOperator)
        return -1;
    char *op = node_operator(&u->ast, node, NULL);
    int ok = op && strcmp(op, "=") == 0;
    free(op);
    *lhs = node_child(&u->ast, node, 0);
    *rhs = node_child(&u->ast, node, 1);
    return ok && *lhs >= 0 && *rhs >= 0 ? 0 : -1;
}

static int atomic_read(struct sm_unit *u, const struct sm_directive *d, struct sm_buf *b) {
    int lhs, rhs;
    if (assignment_parts(u, d->stmt_node, &lhs, &rhs))
        return -1;
    char *v = node_text(u, lhs), *x = node_text(u, rhs);
    if (is_wide(clang_getCursorType(u->ast.nodes[rhs].cursor))) {
        wide_begin(u, d, b);
        buf_printf(b, "%s = %s;", v, x);
        wide_end(b);
    } else {
        buf_printf(
            b,
            "{ __typeof__(%s) __sm_at; __atomic_load(&(%s), &__sm_at, __ATOMIC_SEQ_CST); %s = "
            "__sm_at; }",
            x, x, v);
    }
    free(v);
    free(x);
    return 0;
}

static int atomic_write(struct sm_unit *u, const struct sm_directive *d, struct sm_buf *b) {
    int lhs, rhs;
    if (assignment_parts(u, d->stmt_node, &lhs, &rhs))
        return -1;
    char *x = node_text(u, lhs), *e = node_text(u, rhs);
    if (is_wide(clang_getCursorType(u->ast.nodes[lhs].cursor))) {
        wide_begin(u, d, b);
        buf_printf(b, "%s = %s;", x, e);
        wide_end(b);
    } else {
        buf_printf(b,
                   "{ __typeof__(%s) __sm_at = (%s); __atomic_store(&(%s), &__sm_at, "
                   "__ATOMIC_SEQ_CST); }",
                   x, e, x);
    }
    free(x);
    free(e);
    return 0;
}

static int atomic_update(struct sm_unit *u, const struct sm_directive *d, struct sm_buf *b) {
    struct update up = {0};
    if (analyse_update(u, d->stmt_node, &up))
        return -1;
    update_code(u, d, b, &up, NULL);
    free_update(&up);
    return 0;
}

/* v = x++;  v = x op= e;  { v = x; x op= e; }  { x op= e; v = x; } */
static int atomic_capture(struct sm_unit *u, const struct sm_directive *d, struct sm_buf *b) {
    const struct sm_ast *ast = &u->ast;
    int stmt = d->stmt_node;
    struct update up = {0};
    char *v = NULL;
    int lhs, rhs;
    if (ast->nodes[stmt].kind == CXCursor_CompoundStmt) {
        int s0 = node_child(ast, stmt, 0), s1 = node_child(ast, stmt, 1);
        if (s0 < 0 || s1 < 0 || node_child(ast, stmt, 2) >= 0)
            return -1;
        int read_first =
            assignment_parts(u, s0, &lhs, &rhs) == 0 && analyse_update(u, s1, &up) == 0;
        if (!read_first) {
            free_update(&up);
            memset(&up, 0, sizeof up);
            if (analyse_update(u, s0, &up) || assignment_parts(u, s1, &lhs, &rhs)) {
                free_update(&up);
                return -1;
            }
        }
        up.capture_new = !read_first;
        free(edits_take_text(&u->edits, &u->src, ast->nodes[rhs].begin, ast->nodes[rhs].end));
        v = node_text(u, lhs);
    } else {
        if (assignment_parts(u, stmt, &lhs, &rhs) || analyse_update(u, rhs, &up)) {
            free_update(&up);
            return -1;
        }
        v = node_text(u, lhs);
    }
    update_code(u, d, b, &up, v);
    free(v);
    free_update(&up);
    return 0;
}

int emit_atomic(struct sm_unit *u, struct sm_directive *d) {
    static const char *const forms[] = {
        [ATOMIC_UPDATE] = "x++, x--, ++x, --x, x op= e, x = x op e or x = e op x",
        [ATOMIC_READ] = "v = x",
        [ATOMIC_WRITE] = "x = e",
        [ATOMIC_CAPTURE] = "v = x++, v = x op= e, { v = x; x op= e; } or { x op= e; v = x; }",
    };
    struct sm_buf b = {0};
    int rc;
    switch (d->atomic) {
    case ATOMIC_READ:
        rc = atomic_read(u, d, &b);
        break;
    case ATOMIC_WRITE:
        rc = atomic_write(u, d, &b);
        break;
    case ATOMIC_CAPTURE:
        rc = atomic_capture(u, d, &b);
        break;
    default:
        rc = atomic_update(u, d, &b);
        break;
    }
    if (rc) {
        diag_error(d->stmt_begin, "statement after '#pragma sm atomic%s' must have the form %s",
                   d->atomic == ATOMIC_UPDATE  ? ""
                   : d->atomic == ATOMIC_READ  ? " read"
                   : d->atomic == ATOMIC_WRITE ? " write"
                                               : " capture",
                   forms[d->atomic]);
        free(b.data);
        return 1;
    }
    edits_replace(&u->edits, d->begin, d->end, "");
    char *code = buf_take(&b);
    edits_replace(&u->edits, d->stmt_begin, d->stmt_end, code);
    free(code);
    return 0;
}
