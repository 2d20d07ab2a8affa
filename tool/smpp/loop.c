/*
 * loop.c - work-sharing loops.  A loop nest in canonical form (OpenMP 5.2)
 * is reduced to n logical iterations; the runtime hands out ranges of them
 * and each iteration variable is recomputed from the logical index.  The
 * loop header is replaced, the body stays in place (docs/design.md).
 *
 * Trip counts are computed in 64-bit unsigned arithmetic from bounds held
 * in the iteration variable's own type, so every integer width and
 * signedness (and pointers) count right, including zero-trip loops.
 */
#include "analysis.h"

#include <stdlib.h>
#include <string.h>

int is_loop_directive(const struct sm_directive *d) {
    return d->kind == DIR_FOR || d->kind == DIR_PARALLEL_FOR;
}

/* ---- The header: for ( init ; cond ; incr ) ---------------------------- */

struct header {
    size_t lparen, semi1, semi2, rparen;
    int init, cond, incr, body; /* nodes, -1 if absent (or written by a macro) */
    size_t body_begin;
};

/* Finds the parentheses and semicolons of the header that ends at end. */
static int find_punctuation(const struct sm_unit *u, size_t begin, size_t end, struct header *h) {
    CXTranslationUnit tu = u->ast.tu;
    CXFile file = clang_getFile(tu, u->src.path);
    CXSourceRange r = clang_getRange(clang_getLocationForOffset(tu, file, (unsigned)begin),
                                     clang_getLocationForOffset(tu, file, (unsigned)end));
    CXToken *toks;
    unsigned n;
    int depth = 0, semis = 0, found = 0;
    clang_tokenize(tu, r, &toks, &n);
    for (unsigned i = 0; i < n && !found; i++) {
        unsigned off;
        clang_getFileLocation(clang_getTokenLocation(tu, toks[i]), NULL, NULL, NULL, &off);
        if (off >= end)
            break;
        if (token_is(tu, toks[i], "(") && depth++ == 0)
            h->lparen = off;
        else if (token_is(tu, toks[i], ")") && --depth == 0)
            h->rparen = off, found = 1;
        else if (token_is(tu, toks[i], ";") && depth == 1)
            *(semis++ == 0 ? &h->semi1 : &h->semi2) = off;
    }
    clang_disposeTokens(tu, toks, n);
    return found && semis == 2 ? 0 : -1;
}

static size_t skip_blanks(const struct sm_source *src, size_t i) {
    while (i < src->size && (src->text[i] == ' ' || src->text[i] == '\t' || src->text[i] == '\n' ||
                             src->text[i] == '\r'))
        i++;
    return i;
}

/* The children of the ForStmt sorted into init, test, increment and body
 * by where they start.  A body that a macro expands to (SWAP(a, b);) is
 * not in the node array; it starts after the ')'. */
static int split_header(const struct sm_unit *u, int for_node, struct header *h) {
    const struct sm_ast *ast = &u->ast;
    const struct sm_node *f = &ast->nodes[for_node];
    h->init = h->cond = h->incr = h->body = -1;
    if (find_punctuation(u, f->begin, f->end, h)) {
        diag_error(f->begin,
                   "cannot find the parts of this loop's header (is it written by a macro?)");
        return -1;
    }
    for (int i = 0, c; (c = node_child(ast, for_node, i)) >= 0; i++) {
        size_t b = ast->nodes[c].begin;
        if (b < h->semi1)
            h->init = c;
        else if (b < h->semi2)
            h->cond = c;
        else if (b < h->rparen)
            h->incr = c;
        else
            h->body = c;
    }
    h->body_begin = h->body >= 0 ? ast->nodes[h->body].begin : skip_blanks(&u->src, h->rparen + 1);
    return 0;
}

/* ---- The iteration variable ------------------------------------------- */

static int check_variable_type(struct loop_level *lv, size_t offset) {
    CXType t = clang_getCanonicalType(clang_getCursorType(lv->var));
    switch (t.kind) {
    case CXType_Char_U:
    case CXType_UChar:
    case CXType_UShort:
    case CXType_UInt:
    case CXType_ULong:
    case CXType_ULongLong:
    case CXType_Char_S:
    case CXType_SChar:
    case CXType_Short:
    case CXType_Int:
    case CXType_Long:
    case CXType_LongLong:
    case CXType_WChar:
    case CXType_Char16:
    case CXType_Char32:
        return 0;
    case CXType_Pointer:
        lv->is_pointer = 1;
        return 0;
    default: {
        CXString s = clang_getTypeSpelling(clang_getCursorType(lv->var));
        diag_error(offset,
                   "the iteration variable '%s' must have an integer type of at most 64 bits or "
                   "a pointer type, not '%s'",
                   lv->name, clang_getCString(s));
        clang_disposeString(s);
        return -1;
    }
    }
}

static int is_var(const struct sm_ast *ast, int node, const struct loop_level *lv) {
    CXCursor v = node_variable(ast, node);
    return !clang_Cursor_isNull(v) && same_decl(v, lv->var);
}

/* A binary node with the iteration variable as one operand: the operator
 * next to it and the bytes of the other operand.  Read from the tokens, so
 * an operand written by a macro (i < N) keeps its whole text. */
struct split {
    int var_left;
    char *op;
    size_t other_begin, other_end;
};

static int var_side(const struct sm_ast *ast, int node, const struct loop_level *lv, size_t *vb,
                    size_t *ve) {
    const struct sm_node *n = &ast->nodes[node];
    for (int i = 0, c; (c = node_child(ast, node, i)) >= 0; i++) {
        if (!is_var(ast, c, lv))
            continue;
        *vb = ast->nodes[c].begin;
        *ve = ast->nodes[c].end;
        if (*vb == n->begin)
            return 1;
        if (*ve == n->end)
            return 0;
    }
    return -1;
}

static int split_binary(struct sm_unit *u, int node, const struct loop_level *lv,
                        struct split *sp) {
    const struct sm_node *n = &u->ast.nodes[node];
    size_t vb, ve;
    memset(sp, 0, sizeof *sp);
    sp->var_left = var_side(&u->ast, node, lv, &vb, &ve);
    if (sp->var_left < 0)
        return -1;
    struct src_token *t;
    int nt = source_tokens(u, n->begin, n->end, &t), op = -1;
    for (int i = 0; i < nt; i++) {
        if (sp->var_left && t[i].begin >= ve) {
            op = i;
            break;
        }
        if (!sp->var_left && t[i].end <= vb)
            op = i;
    }
    if (op >= 0) {
        sp->op = xstrdup(t[op].text);
        sp->other_begin = sp->var_left ? (op + 1 < nt ? t[op + 1].begin : n->end) : n->begin;
        sp->other_end = sp->var_left ? n->end : t[op].begin;
    }
    free_source_tokens(t, nt);
    return op >= 0 && sp->other_begin < sp->other_end ? 0 : -1;
}

/* The same from the tokens alone, for a test that libclang leaves out of
 * the AST because it starts inside a macro (N > i): 'VAR OP rest' or
 * 'rest OP VAR'. */
static int split_tokens(struct sm_unit *u, size_t begin, size_t end, const struct loop_level *lv,
                        struct split *sp) {
    struct src_token *t;
    int nt = source_tokens(u, begin, end, &t), rc = -1;
    memset(sp, 0, sizeof *sp);
    if (nt >= 3 && strcmp(t[0].text, lv->name) == 0) {
        sp->var_left = 1;
        sp->op = xstrdup(t[1].text);
        sp->other_begin = t[2].begin;
        sp->other_end = t[nt - 1].end;
        rc = 0;
    } else if (nt >= 3 && strcmp(t[nt - 1].text, lv->name) == 0) {
        sp->op = xstrdup(t[nt - 2].text);
        sp->other_begin = t[0].begin;
        sp->other_end = t[nt - 2].begin;
        rc = 0;
    }
    free_source_tokens(t, nt);
    return rc;
}

static int op_is(const struct split *sp, const char *op) {
    return sp->op && strcmp(sp->op, op) == 0;
}

/* int i = lo: the text after the '='. */
static int declared_init(struct sm_unit *u, int var, struct loop_level *lv) {
    const struct sm_node *n = &u->ast.nodes[var];
    struct src_token *t;
    int nt = source_tokens(u, n->begin, n->end, &t), found = -1;
    for (int i = 0; i < nt && found < 0; i++)
        if (strcmp(t[i].text, "=") == 0)
            found = i;
    if (found >= 0 && found + 1 < nt) {
        lv->lo_begin = t[found + 1].begin;
        lv->lo_end = n->end;
    }
    free_source_tokens(t, nt);
    return found >= 0 && lv->lo_begin < lv->lo_end ? 0 : -1;
}

static int analyse_declaration(struct sm_unit *u, int decl_stmt, struct loop_level *lv) {
    const struct sm_ast *ast = &u->ast;
    int var = node_child(ast, decl_stmt, 0);
    if (var < 0 || node_child(ast, decl_stmt, 1) >= 0 || ast->nodes[var].kind != CXCursor_VarDecl) {
        diag_error(ast->nodes[decl_stmt].begin,
                   "the loop must declare only its iteration variable");
        return -1;
    }
    lv->var = ast->nodes[var].cursor;
    lv->name = cursor_name(lv->var);
    if (declared_init(u, var, lv)) {
        diag_error(ast->nodes[var].begin, "the iteration variable '%s' must be initialised",
                   lv->name);
        return -1;
    }
    CXString s = clang_getTypeSpelling(clang_getCursorType(lv->var));
    lv->type = xstrdup(clang_getCString(s));
    clang_disposeString(s);
    return check_variable_type(lv, ast->nodes[var].begin);
}

static int analyse_init(struct sm_unit *u, const struct header *h, struct loop_level *lv) {
    const struct sm_ast *ast = &u->ast;
    const char *form = "the loop must start by setting its iteration variable: 'for (int i = lo; "
                       "...' or 'for (i = lo; ...'";
    if (h->init < 0) {
        diag_error(h->lparen, "%s", form);
        return -1;
    }
    const struct sm_node *n = &ast->nodes[h->init];
    if (n->kind == CXCursor_DeclStmt)
        return analyse_declaration(u, h->init, lv);
    int lhs = node_child(ast, h->init, 0);
    lv->var = n->kind == CXCursor_BinaryOperator ? node_variable(ast, lhs) : clang_getNullCursor();
    struct split sp;
    if (clang_Cursor_isNull(lv->var) || split_binary(u, h->init, lv, &sp) || !sp.var_left ||
        !op_is(&sp, "=")) {
        diag_error(n->begin, "%s", form);
        return -1;
    }
    lv->name = cursor_name(lv->var);
    lv->lo_begin = sp.other_begin;
    lv->lo_end = sp.other_end;
    free(sp.op);
    return check_variable_type(lv, n->begin);
}

static int analyse_test(struct sm_unit *u, const struct header *h, struct loop_level *lv) {
    static const struct {
        const char *text;
        enum loop_test test, flipped;
    } tests[] = {{"<", TEST_LT, TEST_GT},
                 {"<=", TEST_LE, TEST_GE},
                 {">", TEST_GT, TEST_LT},
                 {">=", TEST_GE, TEST_LE},
                 {"!=", TEST_NE, TEST_NE}};
    const struct sm_ast *ast = &u->ast;
    int node = node_strip(ast, h->cond);
    struct split sp = {0};
    size_t i = sizeof tests / sizeof *tests;
    if ((node >= 0 && ast->nodes[node].kind == CXCursor_BinaryOperator &&
         split_binary(u, node, lv, &sp) == 0) ||
        (h->cond < 0 && split_tokens(u, h->semi1 + 1, h->semi2, lv, &sp) == 0))
        for (i = 0; i < sizeof tests / sizeof *tests && !op_is(&sp, tests[i].text); i++)
            ;
    free(sp.op);
    if (i == sizeof tests / sizeof *tests) {
        diag_error(h->cond >= 0 ? ast->nodes[h->cond].begin : h->semi1,
                   "the loop test must compare '%s' with <, <=, >, >= or !=", lv->name);
        return -1;
    }
    lv->test = sp.var_left ? tests[i].test : tests[i].flipped;
    lv->hi_begin = sp.other_begin;
    lv->hi_end = sp.other_end;
    return 0;
}

static void set_step(struct loop_level *lv, const struct split *sp, int negated) {
    lv->step_begin = sp->other_begin;
    lv->step_end = sp->other_end;
    lv->step_negated = negated;
}

/* v = v + s, v = s + v, v = v - s */
static int analyse_assigned_step(struct sm_unit *u, int rhs, struct loop_level *lv) {
    const struct sm_ast *ast = &u->ast;
    struct split sp;
    int rc = -1;
    rhs = node_strip(ast, rhs);
    if (rhs < 0 || ast->nodes[rhs].kind != CXCursor_BinaryOperator || split_binary(u, rhs, lv, &sp))
        return -1;
    if (op_is(&sp, "+") || (op_is(&sp, "-") && sp.var_left)) {
        set_step(lv, &sp, op_is(&sp, "-"));
        rc = 0;
    }
    free(sp.op);
    return rc;
}

static int analyse_increment(struct sm_unit *u, const struct header *h, struct loop_level *lv) {
    const struct sm_ast *ast = &u->ast;
    int node = node_strip(ast, h->incr), rc = -1;
    enum CXCursorKind k = node >= 0 ? ast->nodes[node].kind : CXCursor_UnexposedExpr;
    struct split sp = {0};
    if (k == CXCursor_UnaryOperator && is_var(ast, node_child(ast, node, 0), lv)) {
        char *op = node_operator(ast, node, NULL);
        if (op && (strcmp(op, "++") == 0 || strcmp(op, "--") == 0)) {
            lv->step_begin = lv->step_end = 0;
            lv->step_negated = op[0] == '-';
            rc = 0;
        }
        free(op);
    } else if ((k == CXCursor_CompoundAssignOperator || k == CXCursor_BinaryOperator) &&
               split_binary(u, node, lv, &sp) == 0 && sp.var_left) {
        if (op_is(&sp, "+=") || op_is(&sp, "-=")) {
            set_step(lv, &sp, op_is(&sp, "-="));
            rc = 0;
        } else if (op_is(&sp, "=")) {
            rc = analyse_assigned_step(u, node_child(ast, node, 1), lv);
        }
    }
    free(sp.op);
    if (rc)
        diag_error(h->incr >= 0 ? ast->nodes[h->incr].begin : h->semi2,
                   "the loop increment must be '%s++', '++%s', '%s--', '--%s', '%s += step', "
                   "'%s -= step', '%s = %s + step', '%s = step + %s' or '%s = %s - step'",
                   lv->name, lv->name, lv->name, lv->name, lv->name, lv->name, lv->name, lv->name,
                   lv->name, lv->name, lv->name, lv->name);
    return rc;
}

/* Bounds and step are evaluated once, before the loop: they cannot use
 * the variable itself. */
static int check_invariant(struct sm_unit *u, const struct loop_level *lv) {
    const struct {
        size_t begin, end;
        const char *what;
    } parts[] = {{lv->lo_begin, lv->lo_end, "start"},
                 {lv->hi_begin, lv->hi_end, "bound"},
                 {lv->step_begin, lv->step_end, "step"}};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        if (refers_to(u, parts[i].begin, parts[i].end, lv->var)) {
            diag_error(parts[i].begin,
                       "the loop's %s cannot use '%s': it is computed once, before the loop",
                       parts[i].what, lv->name);
            return 1;
        }
    }
    return 0;
}

static int analyse_level(struct sm_unit *u, int for_node, struct loop_level *lv, struct header *h) {
    memset(lv, 0, sizeof *lv);
    lv->for_node = for_node;
    if (split_header(u, for_node, h) || analyse_init(u, h, lv))
        return 1;
    if (analyse_test(u, h, lv) | analyse_increment(u, h, lv))
        return 1;
    return check_invariant(u, lv);
}

/* ---- The nest ------------------------------------------------------------- */

/* Inner bounds may not use outer iteration variables (rectangular nests). */
static int check_rectangular(struct sm_unit *u, const struct loop_info *li, int l) {
    const struct loop_level *lv = &li->levels[l];
    for (int m = 0; m < l; m++) {
        const struct loop_level *outer = &li->levels[m];
        size_t ranges[3][2] = {
            {lv->lo_begin, lv->lo_end}, {lv->hi_begin, lv->hi_end}, {lv->step_begin, lv->step_end}};
        for (int r = 0; r < 3; r++) {
            if (refers_to(u, ranges[r][0], ranges[r][1], outer->var)) {
                diag_error(ranges[r][0],
                           "the bounds of a collapsed loop cannot depend on '%s', the iteration "
                           "variable of an enclosing collapsed loop (non-rectangular loop nests "
                           "are not supported)",
                           outer->name);
                return 1;
            }
        }
    }
    return 0;
}

/* The next level of a collapse nest: the body itself, or the only
 * statement of a compound body. */
static int nested_loop(struct sm_unit *u, int body, int *braces) {
    const struct sm_ast *ast = &u->ast;
    if (ast->nodes[body].kind == CXCursor_CompoundStmt && node_nchildren(ast, body) == 1) {
        (*braces)++;
        body = node_child(ast, body, 0);
    }
    return ast->nodes[body].kind == CXCursor_ForStmt ? body : -1;
}

int loop_analyse(struct sm_unit *u, struct sm_directive *d, struct loop_info *li) {
    const struct sm_clause *c = dir_clause(d, CL_COLLAPSE);
    int depth = c ? c->collapse : 1, node = d->stmt_node;
    struct header h = {0};
    memset(li, 0, sizeof *li);
    li->header_begin = u->ast.nodes[node].begin;
    for (int l = 0; l < depth; l++) {
        if (analyse_level(u, node, &li->levels[l], &h))
            return 1;
        li->nlevels = l + 1;
        if (check_rectangular(u, li, l))
            return 1;
        if (l + 1 < depth &&
            (h.body < 0 || (node = nested_loop(u, h.body, &li->consumed_braces)) < 0)) {
            diag_error(h.body_begin,
                       "'collapse(%d)' needs %d perfectly nested loops: the body of this loop "
                       "must be the next 'for' loop and nothing else",
                       depth, depth);
            return 1;
        }
    }
    li->header_end = h.rparen + 1;
    li->body_begin = h.body_begin;
    return 0;
}

/* ---- Emission ------------------------------------------------------------- */

static int is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The text of [begin, end) with the edits inside it (redirections) applied. */
static char *range_text(struct sm_unit *u, size_t begin, size_t end) {
    while (begin < end && is_blank(u->src.text[begin]))
        begin++;
    while (end > begin && is_blank(u->src.text[end - 1]))
        end--;
    return edits_take_text(&u->edits, &u->src, begin, end);
}

static const char *sched_name(const struct sm_directive *d) {
    const struct sm_clause *c = dir_clause(d, CL_SCHEDULE);
    switch (c ? c->sched : SCHED_NONE) {
    case SCHED_DYNAMIC:
        return "SM_SCHED_DYNAMIC";
    case SCHED_GUIDED:
        return "SM_SCHED_GUIDED";
    case SCHED_RUNTIME:
        return "SM_SCHED_RUNTIME";
    case SCHED_AUTO:
        return "SM_SCHED_AUTO";
    default:
        return "SM_SCHED_STATIC";
    }
}

/* Unsigned distance from a to b (b "after" a), in elements for pointers. */
static void distance(struct sm_buf *b, const struct loop_level *lv, const char *from,
                     const char *to) {
    if (lv->is_pointer)
        buf_printf(b, "(__UINT64_TYPE__)(%s - %s)", to, from);
    else
        buf_printf(b, "((__UINT64_TYPE__)%s - (__UINT64_TYPE__)%s)", to, from);
}

/* Trip count of one direction: 0 unless the step goes that way. */
static void trip_count(struct sm_buf *b, const struct loop_level *lv, int up, int inclusive,
                       const char *lb, const char *ub, const char *st) {
    buf_printf(b, "(%s %s 0 && %s %s %s ? (", st, up ? ">" : "<", lb,
               up ? (inclusive ? "<=" : "<") : (inclusive ? ">=" : ">"), ub);
    if (up)
        distance(b, lv, lb, ub);
    else
        distance(b, lv, ub, lb);
    buf_printf(b, "%s) / (%s(__UINT64_TYPE__)%s) + 1 : 0)", inclusive ? "" : " - 1", up ? "" : "-",
               st);
}

static void level_names(const struct sm_directive *d, int l, char *lb, char *ub, char *st,
                        char *n) {
    sprintf(lb, "__sm_lb%d_%d", d->index, l);
    sprintf(ub, "__sm_ub%d_%d", d->index, l);
    sprintf(st, "__sm_st%d_%d", d->index, l);
    sprintf(n, "__sm_n%d_%d", d->index, l);
}

static char *level_type(const struct loop_level *lv) {
    struct sm_buf b = {0};
    if (lv->type)
        buf_puts(&b, lv->type);
    else
        buf_printf(&b, "__typeof__(%s)", lv->name);
    return buf_take(&b);
}

/* The user's expression [begin, end) of a header that spans several lines,
 * for a declaration started on its own line: __LINE__ in it, and the
 * compiler's messages about it, name that line.  *at is where the text
 * emitted so far ends in the source; the writer pads the lines the header
 * had left over. */
static void to_line_of(struct sm_unit *u, size_t *at, size_t begin, struct sm_buf *b) {
    for (; *at < begin; ++*at)
        if (u->src.text[*at] == '\n')
            buf_puts(b, "\n");
}

static char *expression(struct sm_unit *u, size_t *at, size_t begin, size_t end) {
    *at = end;
    return range_text(u, begin, end);
}

/* Bounds, step and trip count of one level, evaluated once. */
static void emit_bounds(struct sm_unit *u, const struct sm_directive *d, int l,
                        const struct loop_level *lv, size_t *at, struct sm_buf *b) {
    char lb[48], ub[48], st[48], n[48];
    level_names(d, l, lb, ub, st, n);
    char *type = level_type(lv);
    to_line_of(u, at, lv->lo_begin, b);
    char *lo = expression(u, at, lv->lo_begin, lv->lo_end);
    buf_printf(b, "%s %s = (%s); ", type, lb, lo);
    to_line_of(u, at, lv->hi_begin, b);
    char *hi = expression(u, at, lv->hi_begin, lv->hi_end);
    buf_printf(b, "%s %s = (%s); ", type, ub, hi);
    char *step;
    if (lv->step_end) {
        to_line_of(u, at, lv->step_begin, b);
        step = expression(u, at, lv->step_begin, lv->step_end);
    } else {
        step = xstrdup("1");
    }
    buf_printf(b, "__INT64_TYPE__ %s = %s(__INT64_TYPE__)(%s); ", st, lv->step_negated ? "-" : "",
               step);
    buf_printf(b, "__UINT64_TYPE__ %s = ", n);
    if (lv->test == TEST_NE) {
        trip_count(b, lv, 1, 0, lb, ub, st);
        buf_puts(b, " + ");
        trip_count(b, lv, 0, 0, lb, ub, st);
    } else {
        int up = lv->test == TEST_LT || lv->test == TEST_LE;
        trip_count(b, lv, up, lv->test == TEST_LE || lv->test == TEST_GE, lb, ub, st);
    }
    buf_puts(b, "; ");
    free(type);
    free(lo);
    free(hi);
    free(step);
}

/* The variable of level l from its logical index idx. */
static void emit_variable(const struct sm_directive *d, int l, const struct loop_level *lv,
                          const char *idx, struct sm_buf *b) {
    char lb[48], ub[48], st[48], n[48];
    level_names(d, l, lb, ub, st, n);
    char *type = level_type(lv);
    if (lv->type)
        buf_printf(b, "%s %s __attribute__((unused)) = ", type, lv->name);
    else
        buf_printf(b, "%s __sm_p%d_%s __attribute__((unused)) = ", type, d->index, lv->name);
    if (lv->is_pointer)
        buf_printf(b, "%s + (__INT64_TYPE__)(%s * (__UINT64_TYPE__)%s); ", lb, idx, st);
    else
        buf_printf(b, "(%s)((__UINT64_TYPE__)%s + %s * (__UINT64_TYPE__)%s); ", type, lb, idx, st);
    free(type);
}

/* Each level's variable from its index: __sm_k for a single loop, the
 * level's counter __sm_q<D>_<l> for a collapse nest. */
static void emit_variables(const struct sm_directive *d, const struct loop_info *li,
                           struct sm_buf *b) {
    for (int l = 0; l < li->nlevels; l++) {
        char idx[48];
        if (li->nlevels == 1)
            sprintf(idx, "__sm_k%d", d->index);
        else
            sprintf(idx, "__sm_q%d_%d", d->index, l);
        emit_variable(d, l, &li->levels[l], idx, b);
    }
}

/* A collapse nest keeps one counter per level, decoded from the first
 * logical index of each range (the only divisions) and then advanced like
 * an odometer: no division per iteration. */
static void emit_decode(const struct sm_directive *d, const struct loop_info *li,
                        struct sm_buf *b) {
    int D = d->index;
    buf_printf(b, "__UINT64_TYPE__ __sm_r%d = __sm_b%d; ", D, D);
    for (int l = li->nlevels - 1; l > 0; l--)
        buf_printf(b, "__sm_q%d_%d = __sm_r%d %% __sm_n%d_%d; __sm_r%d /= __sm_n%d_%d; ", D, l, D,
                   D, l, D, D, l);
    buf_printf(b, "__sm_q%d_0 = __sm_r%d; ", D, D);
}

static void emit_advance(const struct sm_directive *d, const struct loop_info *li,
                         struct sm_buf *b) {
    int D = d->index;
    buf_puts(b, ", (void)(");
    for (int l = li->nlevels - 1; l > 0; l--)
        buf_printf(b, "++__sm_q%d_%d == __sm_n%d_%d ? (__sm_q%d_%d = 0, ", D, l, D, l, D, l);
    buf_printf(b, "++__sm_q%d_0", D);
    for (int l = li->nlevels - 1; l > 0; l--)
        buf_puts(b, ") : 0");
    buf_puts(b, ")");
}

static struct sm_directive *ordered_loop(struct sm_directive *d);

/* The runtime insists that every iteration of an ordered loop runs one
 * ordered block; a loop with the clause but no block is an ordinary loop. */
static int has_ordered_block(struct sm_unit *u, const struct sm_directive *d) {
    for (int i = 0; i < u->ndirs; i++)
        if (u->dirs[i].kind == DIR_ORDERED && ordered_loop(&u->dirs[i]) == d)
            return 1;
    return 0;
}

/* A wait that follows the loop and does all its closing barrier would:
 * the region's join after a 'parallel for', or the barrier of the loop's
 * reduction or lastprivate hand-off.  The loop then ends as with nowait. */
static int end_barrier_redundant(struct sm_unit *u, const struct sm_directive *d) {
    return d->kind == DIR_PARALLEL_FOR || handoff_barrier_ends_construct(u, d);
}

static void emit_header(struct sm_unit *u, const struct sm_directive *d, const struct loop_info *li,
                        struct sm_buf *b) {
    int D = d->index;
    const struct sm_clause *sched = dir_clause(d, CL_SCHEDULE);
    char *loc = loc_name(d);
    if (d->kind == DIR_FOR)
        loc_decl(u, d, b);
    size_t at = li->header_begin;
    for (int l = 0; l < li->nlevels; l++)
        emit_bounds(u, d, l, &li->levels[l], &at, b);
    buf_printf(b, "__UINT64_TYPE__ __sm_n%d = ", D);
    for (int l = 0; l < li->nlevels; l++)
        buf_printf(b, "%s__sm_n%d_%d", l ? " * " : "", D, l);
    buf_printf(b, "; __sm_loop __sm_L%d; __sm_loop_begin(&__sm_L%d, __sm_n%d, %s, ", D, D, D,
               sched_name(d));
    if (sched && sched->expr)
        buf_printf(b, "(__INT64_TYPE__)(%s)", sched->expr);
    else
        buf_puts(b, "0");
    int nowait = dir_clause(d, CL_NOWAIT) != NULL || end_barrier_redundant(u, d),
        ordered = dir_clause(d, CL_ORDERED) && has_ordered_block(u, d);
    buf_printf(b, ", %s%s%s, &%s); ", nowait ? "SM_LOOP_NOWAIT" : "",
               nowait && ordered ? " | " : "",
               ordered  ? "SM_LOOP_ORDERED"
               : nowait ? ""
                        : "0",
               loc);
    int last = needs_last_flag(u, d);
    if (last)
        buf_printf(b, "int __sm_last%d = 0; ", D);
    buf_printf(b, "__UINT64_TYPE__ __sm_b%d, __sm_e%d; ", D, D);
    for (int l = 0; li->nlevels > 1 && l < li->nlevels; l++)
        buf_printf(b, "__UINT64_TYPE__ __sm_q%d_%d; ", D, l);
    buf_printf(b, "while (__sm_loop_next(&__sm_L%d, &__sm_b%d, &__sm_e%d)) { ", D, D, D);
    if (last)
        buf_printf(b, "if (__sm_e%d == __sm_n%d) __sm_last%d = 1; ", D, D, D);
    if (li->nlevels > 1)
        emit_decode(d, li, b);
    buf_printf(b, "for (__UINT64_TYPE__ __sm_k%d = __sm_b%d; __sm_k%d < __sm_e%d; __sm_k%d++", D, D,
               D, D, D);
    if (li->nlevels > 1)
        emit_advance(d, li, b);
    buf_puts(b, ") { ");
    emit_variables(d, li, b);
    for (int i = 0; i < li->consumed_braces; i++)
        buf_puts(b, "{ ");
    free(loc);
}

int emit_loop(struct sm_unit *u, struct sm_directive *d, struct construct_text *t) {
    const struct loop_info *li = construct_of(u, d)->loop;
    struct sm_buf header = {0}, exit = {0};
    emit_header(u, d, li, &header);
    free(range_text(u, li->header_begin, li->header_end));
    edits_replace(&u->edits, li->header_begin, li->header_end, header.data);
    buf_puts(&exit, " } } ");
    if (t->exit.data)
        buf_puts(&exit, t->exit.data);
    buf_printf(&exit, "__sm_loop_end(&__sm_L%d); ", d->index);
    free(t->exit.data);
    t->exit = exit;
    free(header.data);
    return 0;
}

/* ---- ordered ------------------------------------------------------------- */

/* The loop an ordered block belongs to: the innermost enclosing loop
 * construct, with no parallel region in between. */
static struct sm_directive *ordered_loop(struct sm_directive *d) {
    for (struct sm_directive *p = d->parent; p; p = p->parent) {
        if (p->kind == DIR_PARALLEL)
            return NULL;
        if (is_loop_directive(p))
            return dir_clause(p, CL_ORDERED) ? p : NULL;
    }
    return NULL;
}

int emit_ordered(struct sm_unit *u, struct sm_directive *d) {
    struct sm_directive *loop = ordered_loop(d);
    if (!loop) {
        diag_error(d->name_offset,
                   "'ordered' must be inside a '#pragma sm for' loop with the 'ordered' clause");
        return 1;
    }
    struct sm_buf open = {0}, close = {0};
    char *loc = loc_name(d);
    buf_puts(&open, "{ ");
    loc_decl(u, d, &open);
    buf_printf(&open, "__sm_ordered_begin(&__sm_L%d, __sm_k%d, &%s); ", loop->index, loop->index,
               loc);
    buf_printf(&close, " __sm_ordered_end(&__sm_L%d, __sm_k%d); }", loop->index, loop->index);
    edits_replace(&u->edits, d->begin, d->end, open.data);
    edits_insert(&u->edits, d->stmt_end, close.data);
    free(loc);
    free(open.data);
    free(close.data);
    return 0;
}
