/*
 * attach.c - tie each directive to the statement that the AST says
 * follows it, resolve the variables its clauses name, and check placement
 * and jumps (return/break/continue/goto leaving a structured block).
 */
#include "smpp.h"

#include <stdlib.h>
#include <string.h>

static int is_container(enum CXCursorKind k) {
    switch (k) {
    case CXCursor_CompoundStmt:
    case CXCursor_IfStmt:
    case CXCursor_ForStmt:
    case CXCursor_WhileStmt:
    case CXCursor_DoStmt:
    case CXCursor_SwitchStmt:
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt:
    case CXCursor_LabelStmt:
        return 1;
    default:
        return 0;
    }
}

static int is_loop(enum CXCursorKind k) {
    return k == CXCursor_ForStmt || k == CXCursor_WhileStmt || k == CXCursor_DoStmt;
}

static int is_function(enum CXCursorKind k) {
    return k == CXCursor_FunctionDecl;
}

static int dir_has_stmt(enum sm_dir_kind k) {
    return k != DIR_BARRIER && k != DIR_FLUSH && k != DIR_THREADPRIVATE && k != DIR_SHARED_GLOBAL;
}

static int dir_at_file_scope(enum sm_dir_kind k) {
    return k == DIR_THREADPRIVATE || k == DIR_SHARED_GLOBAL;
}

static size_t skip_blanks(const struct sm_source *src, size_t i) {
    while (i < src->size) {
        char c = src->text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            i++;
        } else if (c == '/' && i + 1 < src->size && src->text[i + 1] == '/') {
            while (i < src->size && src->text[i] != '\n')
                i++;
        } else if (c == '/' && i + 1 < src->size && src->text[i + 1] == '*') {
            char *close = strstr(src->text + i + 2, "*/");
            i = close ? (size_t)(close - src->text) + 2 : src->size;
        } else {
            break;
        }
    }
    return i;
}

/* One past the statement's last byte, including the ';' that libclang's
 * extents leave out of expression statements, return, break and the like. */
static size_t statement_end(const struct sm_source *src, const struct sm_node *n) {
    if (n->kind == CXCursor_CompoundStmt || n->end == 0)
        return n->end;
    if (src->text[n->end - 1] == ';')
        return n->end;
    size_t next = skip_blanks(src, n->end);
    if (next < src->size && src->text[next] == ';')
        return next + 1;
    return n->end;
}

/* The deepest node of one of the accepted kinds whose range contains offset. */
static int innermost(const struct sm_ast *ast, size_t offset, int (*accept)(enum CXCursorKind)) {
    int best = -1;
    for (int i = 0; i < ast->count; i++) {
        const struct sm_node *n = &ast->nodes[i];
        if (n->begin <= offset && offset < n->end && accept(n->kind))
            best = i; /* pre-order: later matches are deeper */
    }
    return best;
}

static int first_child_after(const struct sm_ast *ast, int parent, size_t offset) {
    for (int i = parent + 1; i < ast->count; i++) {
        const struct sm_node *n = &ast->nodes[i];
        if (n->parent == parent && n->begin >= offset)
            return i;
    }
    return -1;
}

static const char *container_name(enum CXCursorKind k) {
    switch (k) {
    case CXCursor_IfStmt:
        return "an 'if'";
    case CXCursor_ForStmt:
    case CXCursor_WhileStmt:
    case CXCursor_DoStmt:
        return "a loop";
    case CXCursor_SwitchStmt:
        return "a 'switch'";
    default:
        return "a label";
    }
}

/* Is offset on a preprocessor line (#if X: X is expanded there too)? */
static int in_directive_line(const struct sm_source *src, size_t offset) {
    size_t i = offset;
    while (i > 0 && src->text[i - 1] != '\n')
        i--;
    i = skip_blanks(src, i);
    return i < src->size && src->text[i] == '#';
}

static int by_offset(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Statements a macro expands to are not in the node array, so the next
 * node would be the wrong statement: is a macro expanded in [begin, end)? */
static int macro_before(const struct sm_ast *ast, const struct sm_source *src, size_t begin,
                        size_t end) {
    static const struct sm_ast *sorted_for;
    static size_t *offsets;
    static int n;
    if (sorted_for != ast) {
        n = 0;
        offsets = xrealloc(offsets, sizeof *offsets * (size_t)(ast->count + 1));
        for (int i = 0; i < ast->count; i++)
            if (ast->nodes[i].kind == CXCursor_MacroExpansion &&
                !in_directive_line(src, ast->nodes[i].begin))
                offsets[n++] = ast->nodes[i].begin;
        qsort(offsets, (size_t)n, sizeof *offsets, by_offset);
        sorted_for = ast;
    }
    int lo = 0, hi = n; /* first offset >= begin */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (offsets[mid] < begin)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && offsets[lo] < end;
}

static int attach_statement(struct sm_unit *u, struct sm_directive *d) {
    struct sm_ast *ast = &u->ast;
    const char *name = dir_kind_name(d->kind);
    d->function_node = innermost(ast, d->begin, is_function);
    if (dir_at_file_scope(d->kind)) {
        if (d->function_node >= 0) {
            diag_error(d->name_offset, "'#pragma sm %s' must be at file scope", name);
            return 1;
        }
        return 0;
    }
    if (d->function_node < 0) {
        diag_error(d->name_offset, "'#pragma sm %s' must be inside a function", name);
        return 1;
    }
    int container = innermost(ast, d->begin, is_container);
    if (container < 0 || !node_within(ast, container, d->function_node)) {
        diag_error(d->name_offset, "'#pragma sm %s' must be inside a function body", name);
        return 1;
    }
    enum CXCursorKind ck = ast->nodes[container].kind;
    if (!dir_has_stmt(d->kind)) {
        if (ck != CXCursor_CompoundStmt) {
            diag_error(d->name_offset,
                       "'#pragma sm %s' cannot be the statement of %s; put it inside braces", name,
                       container_name(ck));
            return 1;
        }
        return 0;
    }
    int stmt = first_child_after(ast, container, d->end);
    if (stmt < 0) {
        diag_error(d->name_offset, "'#pragma sm %s' must be followed by a statement", name);
        return 1;
    }
    struct sm_node *n = &ast->nodes[stmt];
    if (macro_before(ast, &u->src, d->end, n->begin)) {
        diag_error(d->end,
                   "the statement after '#pragma sm %s' comes from a macro; smpp cannot "
                   "rewrite it (write the statement out)",
                   name);
        return 1;
    }
    if (n->kind == CXCursor_DeclStmt) {
        diag_error(n->begin, "'#pragma sm %s' must be followed by a statement, not a declaration",
                   name);
        return 1;
    }
    if ((d->kind == DIR_FOR || d->kind == DIR_PARALLEL_FOR) && n->kind != CXCursor_ForStmt) {
        diag_error(n->begin, "'#pragma sm %s' must be followed by a 'for' loop", name);
        return 1;
    }
    d->has_stmt = 1;
    d->stmt = n->cursor;
    d->stmt_node = stmt;
    d->stmt_begin = n->begin;
    d->stmt_end = statement_end(&u->src, n);
    return 0;
}

/* ---- Jumps out of structured blocks ------------------------------------- */

static int is_break_target(enum CXCursorKind k) {
    return is_loop(k) || k == CXCursor_SwitchStmt;
}

/* The loop (or switch) a break/continue at node i leaves. */
static int jump_target(const struct sm_ast *ast, int i, int is_break) {
    for (int p = ast->nodes[i].parent; p >= 0; p = ast->nodes[p].parent) {
        enum CXCursorKind k = ast->nodes[p].kind;
        if (is_break ? is_break_target(k) : is_loop(k))
            return p;
    }
    return -1;
}

static int label_of_goto(const struct sm_ast *ast, int i) {
    for (int c = i + 1; c < ast->count && ast->nodes[c].parent == i; c++)
        if (ast->nodes[c].kind == CXCursor_LabelRef)
            return ast_find(ast, clang_getCursorReferenced(ast->nodes[c].cursor));
    return -1;
}

static int check_jumps(struct sm_unit *u, const struct sm_directive *d) {
    const struct sm_ast *ast = &u->ast;
    const char *name = dir_kind_name(d->kind);
    int block = d->stmt_node, errors = 0;
    int is_loop_construct = d->kind == DIR_FOR || d->kind == DIR_PARALLEL_FOR;
    for (int i = block + 1; i < ast->count && ast->nodes[i].begin < d->stmt_end; i++) {
        const struct sm_node *n = &ast->nodes[i];
        if (!node_within(ast, i, block))
            continue;
        int target;
        switch (n->kind) {
        case CXCursor_ReturnStmt:
            diag_error(n->begin, "'return' cannot leave a '#pragma sm %s' block", name);
            errors++;
            break;
        case CXCursor_BreakStmt:
            target = jump_target(ast, i, 1);
            if (target < 0 || !node_within(ast, target, block) ||
                (is_loop_construct && target == block)) {
                diag_error(n->begin, "'break' cannot leave a '#pragma sm %s' %s", name,
                           is_loop_construct && target == block ? "loop" : "block");
                errors++;
            }
            break;
        case CXCursor_ContinueStmt:
            target = jump_target(ast, i, 0);
            if (target < 0 || !node_within(ast, target, block)) {
                diag_error(n->begin, "'continue' cannot leave a '#pragma sm %s' block", name);
                errors++;
            }
            break;
        case CXCursor_GotoStmt:
            target = label_of_goto(ast, i);
            if (target < 0 || !node_within(ast, target, block)) {
                diag_error(n->begin, "'goto' cannot leave a '#pragma sm %s' block", name);
                errors++;
            }
            break;
        case CXCursor_IndirectGotoStmt:
            diag_error(n->begin, "computed 'goto' is not allowed in a '#pragma sm %s' block", name);
            errors++;
            break;
        default:
            break;
        }
    }
    /* A goto from outside into the block is as wrong as one out of it. */
    for (int i = 0; i < ast->count; i++) {
        if (ast->nodes[i].kind != CXCursor_GotoStmt || node_within(ast, i, block))
            continue;
        int target = label_of_goto(ast, i);
        if (target >= 0 && node_within(ast, target, block)) {
            diag_error(ast->nodes[i].begin, "'goto' cannot enter a '#pragma sm %s' block", name);
            errors++;
        }
    }
    return errors;
}

/* ---- Clause variables ------------------------------------------------- */

static int is_variable(enum CXCursorKind k) {
    return k == CXCursor_VarDecl || k == CXCursor_ParmDecl;
}

static int spelling_is(CXCursor c, const char *name) {
    CXString s = clang_getCursorSpelling(c);
    int eq = strcmp(clang_getCString(s), name) == 0;
    clang_disposeString(s);
    return eq;
}

/* A variable named `name` referenced inside [begin, end). */
static CXCursor find_referenced(const struct sm_ast *ast, size_t begin, size_t end,
                                const char *name) {
    for (int i = 0; i < ast->count; i++) {
        const struct sm_node *n = &ast->nodes[i];
        if (n->kind != CXCursor_DeclRefExpr || n->begin < begin || n->begin >= end)
            continue;
        CXCursor ref = clang_getCursorReferenced(n->cursor);
        if (is_variable(clang_getCursorKind(ref)) && spelling_is(ref, name))
            return ref;
    }
    return clang_getNullCursor();
}

/* The declaration of `name` in scope at offset `at`: the innermost block
 * that contains `at` and declares it before `at`. */
static CXCursor find_declared(const struct sm_ast *ast, size_t at, const char *name) {
    int best = -1;
    for (int i = 0; i < ast->count; i++) {
        const struct sm_node *n = &ast->nodes[i];
        if (!is_variable(n->kind) || n->begin >= at || !spelling_is(n->cursor, name))
            continue;
        int scope = n->parent;
        while (scope >= 0 && ast->nodes[scope].kind != CXCursor_CompoundStmt &&
               !is_function(ast->nodes[scope].kind) && ast->nodes[scope].kind != CXCursor_ForStmt)
            scope = ast->nodes[scope].parent;
        if (scope >= 0 && !(ast->nodes[scope].begin <= at && at < ast->nodes[scope].end))
            continue;
        if (scope >= 0 && is_function(ast->nodes[scope].kind) && n->kind != CXCursor_ParmDecl)
            continue;
        best = i; /* pre-order: later = inner or later declared */
    }
    if (best >= 0)
        return ast->nodes[best].cursor;
    return clang_getNullCursor();
}

struct global_search {
    const char *name;
    CXCursor found;
};

static enum CXChildVisitResult find_global(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    struct global_search *gs = data;
    if (clang_getCursorKind(c) == CXCursor_VarDecl && spelling_is(c, gs->name))
        gs->found = c;
    return CXChildVisit_Continue;
}

/* The declaration in scope at the directive, as in OpenMP; failing that a
 * variable of that name the statement uses (one its for-init declares). */
static CXCursor lookup_variable(const struct sm_unit *u, const struct sm_directive *d,
                                const char *name) {
    CXCursor c = find_declared(&u->ast, d->begin, name);
    if (clang_Cursor_isNull(c) && d->has_stmt)
        c = find_referenced(&u->ast, d->stmt_begin, d->stmt_end, name);
    if (clang_Cursor_isNull(c)) {
        struct global_search gs = {name, clang_getNullCursor()};
        clang_visitChildren(clang_getTranslationUnitCursor(u->ast.tu), find_global, &gs);
        c = gs.found;
    }
    return c;
}

static int resolve_names(struct sm_unit *u, struct sm_directive *d) {
    int errors = 0;
    for (int i = 0; i < d->nclauses; i++) {
        struct sm_clause *c = &d->clauses[i];
        for (int j = 0; j < c->nnames; j++) {
            c->names[j].decl = lookup_variable(u, d, c->names[j].name);
            if (clang_Cursor_isNull(c->names[j].decl)) {
                diag_error(c->names[j].offset, "use of undeclared variable '%s' in '%s'",
                           c->names[j].name,
                           d->kind == DIR_SHARED_GLOBAL || d->kind == DIR_THREADPRIVATE ||
                                   d->kind == DIR_FLUSH
                               ? dir_kind_name(d->kind)
                               : clause_kind_name(c->kind));
                errors++;
            }
        }
    }
    return errors;
}

/* Directives are in file order and constructs nest, so the constructs still
 * open at a directive form a stack: linear even for 100,000 directives. */
static void find_parents(struct sm_directive *dirs, int ndirs) {
    struct sm_directive **open = xmalloc(sizeof *open * (size_t)(ndirs + 1));
    int depth = 0;
    for (int i = 0; i < ndirs; i++) {
        while (depth > 0 && open[depth - 1]->stmt_end <= dirs[i].begin)
            depth--;
        dirs[i].parent = depth > 0 ? open[depth - 1] : NULL;
        if (dirs[i].has_stmt)
            open[depth++] = &dirs[i];
    }
    free(open);
}

int attach_directives(struct sm_unit *u) {
    int errors = 0;
    for (int i = 0; i < u->ndirs; i++) {
        struct sm_directive *d = &u->dirs[i];
        if (attach_statement(u, d)) {
            errors++;
            continue;
        }
        if (d->has_stmt)
            errors += check_jumps(u, d);
        errors += resolve_names(u, d);
    }
    find_parents(u->dirs, u->ndirs);
    return errors;
}
