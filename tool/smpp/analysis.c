/*
 * analysis.c - questions about the AST that the loop and data-sharing
 * stages ask: children of a node, operator spellings (libclang 14 has no
 * operator-kind API, so the operator is read from the tokens between the
 * operands), and every write to a variable in the main file.
 */
#include "analysis.h"

#include <stdlib.h>
#include <string.h>

int node_nchildren(const struct sm_ast *ast, int node) {
    int n = 0;
    while (node_child(ast, node, n) >= 0)
        n++;
    return n;
}

int node_strip(const struct sm_ast *ast, int node) {
    while (node >= 0 && (ast->nodes[node].kind == CXCursor_UnexposedExpr ||
                         ast->nodes[node].kind == CXCursor_ParenExpr)) {
        if (node_nchildren(ast, node) != 1)
            break;
        node = node_child(ast, node, 0);
    }
    return node;
}

int is_variable_decl(CXCursor c) {
    enum CXCursorKind k = clang_getCursorKind(c);
    return k == CXCursor_VarDecl || k == CXCursor_ParmDecl;
}

int same_decl(CXCursor a, CXCursor b) {
    return clang_equalCursors(clang_getCanonicalCursor(a), clang_getCanonicalCursor(b));
}

char *cursor_name(CXCursor c) {
    CXString s = clang_getCursorSpelling(c);
    char *name = xstrdup(clang_getCString(s));
    clang_disposeString(s);
    return name;
}

CXCursor node_variable(const struct sm_ast *ast, int node) {
    node = node_strip(ast, node);
    if (node < 0 || ast->nodes[node].kind != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    CXCursor ref = clang_getCursorReferenced(ast->nodes[node].cursor);
    return is_variable_decl(ref) ? ref : clang_getNullCursor();
}

char *token_in(const struct sm_unit *u, size_t begin, size_t end) {
    CXTranslationUnit tu = u->ast.tu;
    CXFile file = clang_getFile(tu, u->src.path);
    if (begin >= end || !file)
        return NULL;
    CXSourceRange r = clang_getRange(clang_getLocationForOffset(tu, file, (unsigned)begin),
                                     clang_getLocationForOffset(tu, file, (unsigned)end));
    CXToken *toks;
    unsigned n;
    char *text = NULL;
    clang_tokenize(tu, r, &toks, &n);
    for (unsigned i = 0; i < n && !text; i++) {
        unsigned off;
        clang_getFileLocation(clang_getTokenLocation(tu, toks[i]), NULL, NULL, NULL, &off);
        if (off < begin || off >= end || clang_getTokenKind(toks[i]) == CXToken_Comment)
            continue;
        text = token_text(tu, toks[i]);
    }
    clang_disposeTokens(tu, toks, n);
    return text;
}

int source_tokens(const struct sm_unit *u, size_t begin, size_t end, struct src_token **out) {
    CXTranslationUnit tu = u->ast.tu;
    CXFile file = clang_getFile(tu, u->src.path);
    int count = 0;
    *out = NULL;
    if (begin >= end || !file)
        return 0;
    CXSourceRange r = clang_getRange(clang_getLocationForOffset(tu, file, (unsigned)begin),
                                     clang_getLocationForOffset(tu, file, (unsigned)end));
    CXToken *toks;
    unsigned n;
    clang_tokenize(tu, r, &toks, &n);
    *out = xcalloc(n + 1, sizeof **out);
    for (unsigned i = 0; i < n; i++) {
        unsigned off;
        clang_getFileLocation(clang_getTokenLocation(tu, toks[i]), NULL, NULL, NULL, &off);
        if (off < begin || off >= end || clang_getTokenKind(toks[i]) == CXToken_Comment)
            continue;
        char *text = token_text(tu, toks[i]);
        (*out)[count++] = (struct src_token){off, off + strlen(text), text};
    }
    clang_disposeTokens(tu, toks, n);
    return count;
}

void free_source_tokens(struct src_token *t, int n) {
    for (int i = 0; i < n; i++)
        free(t[i].text);
    free(t);
}

int refers_to(const struct sm_unit *u, size_t begin, size_t end, CXCursor var) {
    const struct sm_ast *ast = &u->ast;
    for (int i = 0; i < ast->count; i++) {
        const struct sm_node *n = &ast->nodes[i];
        if (n->kind == CXCursor_DeclRefExpr && n->begin >= begin && n->begin < end &&
            same_decl(clang_getCursorReferenced(n->cursor), var))
            return 1;
    }
    return 0;
}

static int is_array_type(CXType t) {
    enum CXTypeKind k = clang_getCanonicalType(t).kind;
    return k == CXType_ConstantArray || k == CXType_IncompleteArray || k == CXType_VariableArray ||
           k == CXType_DependentSizedArray;
}

/* ---- Writes through pointers ---------------------------------------------- */

/* Does the operator op of a node of kind k store into its left operand? */
static int assigns(enum CXCursorKind k, const char *op) {
    return (k == CXCursor_BinaryOperator && strcmp(op, "=") == 0) ||
           k == CXCursor_CompoundAssignOperator;
}

static int steps(enum CXCursorKind k, const char *op) {
    return k == CXCursor_UnaryOperator && (strcmp(op, "++") == 0 || strcmp(op, "--") == 0);
}

static int is_pointer_type(CXType t) {
    return clang_getCanonicalType(t).kind == CXType_Pointer;
}

/* node_strip, and through one explicit cast: (T *)p is p. */
static int strip_cast(const struct sm_ast *ast, int node) {
    node = node_strip(ast, node);
    if (node >= 0 && ast->nodes[node].kind == CXCursor_CStyleCastExpr)
        node = node_strip(ast, node_child(ast, node, node_nchildren(ast, node) - 1));
    return node;
}

/* The pointer variable node designates (p, also in a cast), or null. */
static CXCursor pointer_variable(const struct sm_ast *ast, int node) {
    node = strip_cast(ast, node);
    if (node < 0 || ast->nodes[node].kind != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    CXCursor v = node_variable(ast, node);
    return !clang_Cursor_isNull(v) && is_pointer_type(clang_getCursorType(v))
               ? v
               : clang_getNullCursor();
}

/* What an lvalue writes into: a variable's own storage (x, x.f, x[i] for
 * an array x) or the memory a pointer variable points to (*p, p[i], p->f
 * and the members and elements of those).  *var is that variable. */
enum lvalue_base { LV_NONE, LV_OWN_STORAGE, LV_THROUGH_POINTER };

static enum lvalue_base through(const struct sm_ast *ast, int pointer, CXCursor *var) {
    *var = pointer_variable(ast, pointer);
    return clang_Cursor_isNull(*var) ? LV_NONE : LV_THROUGH_POINTER;
}

static enum lvalue_base lvalue_base(const struct sm_unit *u, int node, CXCursor *var) {
    const struct sm_ast *ast = &u->ast;
    *var = clang_getNullCursor();
    node = node_strip(ast, node);
    if (node < 0)
        return LV_NONE;
    const struct sm_node *n = &ast->nodes[node];
    if (n->kind == CXCursor_DeclRefExpr) {
        *var = node_variable(ast, node);
        return clang_Cursor_isNull(*var) ? LV_NONE : LV_OWN_STORAGE;
    }
    int base = node_child(ast, node, 0);
    if (base < 0)
        return LV_NONE;
    if (n->kind == CXCursor_MemberRefExpr) {
        char *op = token_in(u, ast->nodes[base].end, n->end);
        int dot = op && strcmp(op, ".") == 0, arrow = op && strcmp(op, "->") == 0;
        free(op);
        return dot ? lvalue_base(u, base, var) : arrow ? through(ast, base, var) : LV_NONE;
    }
    if (n->kind == CXCursor_ArraySubscriptExpr) {
        int inner = node_strip(ast, base);
        if (inner >= 0 && is_array_type(clang_getCursorType(ast->nodes[inner].cursor)))
            return lvalue_base(u, inner, var);
        return through(ast, base, var);
    }
    if (n->kind == CXCursor_UnaryOperator) {
        char *op = node_operator(ast, node, NULL);
        int deref = op && strcmp(op, "*") == 0;
        free(op);
        return deref ? through(ast, base, var) : LV_NONE;
    }
    return LV_NONE;
}

/* The variable an lvalue designates, if writing it writes that variable's
 * own storage: x, x.f, x[i] for an array x, but not *p, p[i], p->f. */
static CXCursor written_variable(const struct sm_unit *u, int node) {
    CXCursor var;
    return lvalue_base(u, node, &var) == LV_OWN_STORAGE ? var : clang_getNullCursor();
}

/* The pointer variable through which an lvalue writes, or null. */
static CXCursor written_pointer(const struct sm_unit *u, int node) {
    CXCursor var;
    return lvalue_base(u, node, &var) == LV_THROUGH_POINTER ? var : clang_getNullCursor();
}

void find_pointer_writes(const struct sm_unit *u, struct pointer_writes *out) {
    const struct sm_ast *ast = &u->ast;
    memset(out, 0, sizeof *out);
    for (int i = 0; i < ast->count; i++) {
        enum CXCursorKind k = ast->nodes[i].kind;
        if (k != CXCursor_BinaryOperator && k != CXCursor_CompoundAssignOperator &&
            k != CXCursor_UnaryOperator)
            continue;
        char *op = node_operator(ast, i, NULL);
        int writes = op && (assigns(k, op) || steps(k, op));
        free(op);
        CXCursor p = writes ? written_pointer(u, node_child(ast, i, 0)) : clang_getNullCursor();
        if (clang_Cursor_isNull(p))
            continue;
        out->items = xrealloc(out->items, sizeof *out->items * (size_t)(out->count + 1));
        out->items[out->count++] = (struct pointer_write){i, p};
    }
}

/* The variable whose storage an address expression points into: &x, &x.f,
 * &x[i], an array x or x.f, and those plus or minus an offset; null
 * otherwise. */
static CXCursor address_target(const struct sm_unit *u, int node) {
    const struct sm_ast *ast = &u->ast;
    node = strip_cast(ast, node);
    if (node < 0)
        return clang_getNullCursor();
    enum CXCursorKind k = ast->nodes[node].kind;
    if (k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr ||
        k == CXCursor_ArraySubscriptExpr) /* an array: x, x.member, x[i] */
        return is_array_type(clang_getCursorType(ast->nodes[node].cursor))
                   ? written_variable(u, node)
                   : clang_getNullCursor();
    char *op = k == CXCursor_UnaryOperator || k == CXCursor_BinaryOperator
                   ? node_operator(ast, node, NULL)
                   : NULL;
    CXCursor v = clang_getNullCursor();
    if (op && k == CXCursor_UnaryOperator && strcmp(op, "&") == 0)
        v = written_variable(u, node_child(ast, node, 0));
    else if (op && k == CXCursor_BinaryOperator && (strcmp(op, "+") == 0 || strcmp(op, "-") == 0)) {
        v = address_target(u, node_child(ast, node, 0));
        if (clang_Cursor_isNull(v) && strcmp(op, "+") == 0)
            v = address_target(u, node_child(ast, node, 1));
    }
    free(op);
    return v;
}

/* The value node gives pointer p: its initializer or an assignment "p = e";
 * -1 when node gives p nothing. */
static int value_given(const struct sm_unit *u, int node, CXCursor p) {
    const struct sm_ast *ast = &u->ast;
    const struct sm_node *n = &ast->nodes[node];
    if (n->kind == CXCursor_VarDecl && same_decl(n->cursor, p)) {
        CXCursor init = clang_Cursor_getVarDeclInitializer(n->cursor);
        return clang_Cursor_isNull(init) ? -1 : ast_find(ast, init);
    }
    if (n->kind != CXCursor_BinaryOperator)
        return -1;
    char *op = node_operator(ast, node, NULL);
    int assigns = op && strcmp(op, "=") == 0;
    free(op);
    CXCursor lhs =
        assigns ? pointer_variable(ast, node_child(ast, node, 0)) : clang_getNullCursor();
    return !clang_Cursor_isNull(lhs) && same_decl(lhs, p) ? node_child(ast, node, 1) : -1;
}

CXCursor pointed_variable(const struct sm_unit *u, int node) {
    CXCursor p = pointer_variable(&u->ast, node);
    return clang_Cursor_isNull(p) ? address_target(u, node) : pointee_variable(u, p);
}

int pointer_reassigned(const struct sm_unit *u, CXCursor p) {
    for (int i = 0; i < u->ast.count; i++)
        if (value_given(u, i, p) >= 0)
            return 1;
    return address_taken(u, p);
}

CXCursor pointee_variable(const struct sm_unit *u, CXCursor p) {
    const struct sm_ast *ast = &u->ast;
    CXCursor target = clang_getNullCursor();
    if (address_taken(u, p)) /* set through &p: unknown */
        return target;
    for (int i = 0; i < ast->count; i++) {
        int value = value_given(u, i, p);
        if (value < 0)
            continue;
        CXCursor x = address_target(u, value);
        if (clang_Cursor_isNull(x) || (!clang_Cursor_isNull(target) && !same_decl(x, target)))
            return clang_getNullCursor();
        target = x;
    }
    return target;
}

int address_taken(const struct sm_unit *u, CXCursor var) {
    const struct sm_ast *ast = &u->ast;
    for (int i = 0; i < ast->count; i++) {
        if (ast->nodes[i].kind != CXCursor_UnaryOperator)
            continue;
        char *op = node_operator(ast, i, NULL);
        int address = op && strcmp(op, "&") == 0;
        free(op);
        if (!address)
            continue;
        CXCursor v = written_variable(u, node_child(ast, i, 0));
        if (!clang_Cursor_isNull(v) && same_decl(v, var))
            return 1;
    }
    return 0;
}

/* Is node (a unary &) an argument of a call? */
static int is_call_argument(const struct sm_ast *ast, int node) {
    int child = node, p = ast->nodes[node].parent;
    while (p >= 0 && (ast->nodes[p].kind == CXCursor_UnexposedExpr ||
                      ast->nodes[p].kind == CXCursor_ParenExpr ||
                      ast->nodes[p].kind == CXCursor_CStyleCastExpr)) {
        child = p;
        p = ast->nodes[p].parent;
    }
    return p >= 0 && ast->nodes[p].kind == CXCursor_CallExpr && node_child(ast, p, 0) != child;
}

static const char *compound_hint(const char *op) {
    static const char *const pairs[][2] = {{"+=", "+"}, {"-=", "+"}, {"*=", "*"},
                                           {"&=", "&"}, {"|=", "|"}, {"^=", "^"}};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
        if (strcmp(op, pairs[i][0]) == 0)
            return pairs[i][1];
    return NULL;
}

/* x = x OP e (or e OP x for a commutative OP): the reduction it suggests. */
static char *assignment_hint(const struct sm_unit *u, int rhs, CXCursor var) {
    static const char *const ops[] = {"+", "-", "*", "&", "|", "^", "&&", "||"};
    const struct sm_ast *ast = &u->ast;
    rhs = node_strip(ast, rhs);
    if (rhs < 0 || ast->nodes[rhs].kind != CXCursor_BinaryOperator)
        return NULL;
    char *op = node_operator(&u->ast, rhs, NULL);
    const char *hint = NULL;
    for (size_t i = 0; op && i < sizeof ops / sizeof *ops; i++)
        if (strcmp(op, ops[i]) == 0)
            hint = strcmp(op, "-") == 0 ? "+" : ops[i];
    CXCursor left = node_variable(ast, node_child(ast, rhs, 0));
    CXCursor right = node_variable(ast, node_child(ast, rhs, 1));
    int uses = hint && ((!clang_Cursor_isNull(left) && same_decl(left, var)) ||
                        (!clang_Cursor_isNull(right) && same_decl(right, var) &&
                         strcmp(op, "-") != 0)); /* e - x is no reduction */
    free(op);
    return hint && uses ? xstrdup(hint) : NULL;
}

/* A write can suggest a reduction only if it updates the whole variable
 * (not a member or an element) and the variable has a type a reduction
 * takes. */
static int suggests_reduction(const struct sm_ast *ast, int target, CXCursor var) {
    int n = node_strip(ast, target);
    return n >= 0 && ast->nodes[n].kind == CXCursor_DeclRefExpr &&
           reduction_type_ok(clang_getCursorType(var));
}

/* The reduction operator that write node i (operator op, to var) suggests,
 * or NULL. */
static char *reduction_hint(const struct sm_unit *u, int i, const char *op, int steps,
                            CXCursor var) {
    const struct sm_ast *ast = &u->ast;
    if (ast->nodes[i].kind == CXCursor_CompoundAssignOperator)
        return compound_hint(op) ? xstrdup(compound_hint(op)) : NULL;
    if (steps)
        return xstrdup("+");
    if (strcmp(op, "=") == 0)
        return assignment_hint(u, node_child(ast, i, 1), var);
    return NULL;
}

static void add_write(struct write_sites *out, int node, CXCursor var, char *op, char *hint) {
    out->items = xrealloc(out->items, sizeof *out->items * (size_t)(out->count + 1));
    out->items[out->count++] = (struct write_site){node, var, op, hint};
}

static void classify_write(const struct sm_unit *u, int i, struct write_sites *out) {
    const struct sm_ast *ast = &u->ast;
    enum CXCursorKind k = ast->nodes[i].kind;
    if (k != CXCursor_BinaryOperator && k != CXCursor_CompoundAssignOperator &&
        k != CXCursor_UnaryOperator)
        return;
    char *op = node_operator(&u->ast, i, NULL);
    if (!op)
        return;
    int target = node_child(ast, i, 0);
    int address = k == CXCursor_UnaryOperator && strcmp(op, "&") == 0 && is_call_argument(ast, i);
    CXCursor var = assigns(k, op) || steps(k, op) || address ? written_variable(u, target)
                                                             : clang_getNullCursor();
    if (clang_Cursor_isNull(var)) {
        free(op);
        return;
    }
    add_write(out, i, var, op,
              suggests_reduction(ast, target, var) ? reduction_hint(u, i, op, steps(k, op), var)
                                                   : NULL);
}

void find_writes(const struct sm_unit *u, struct write_sites *out) {
    memset(out, 0, sizeof *out);
    for (int i = 0; i < u->ast.count; i++)
        classify_write(u, i, out);
}

/* ---- References --------------------------------------------------------- */

struct ref_search {
    CXFile main;
    struct var_refs *out;
};

static enum CXChildVisitResult visit_ref(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    struct ref_search *rs = data;
    CXFile file;
    unsigned exp, spell;
    CXSourceLocation loc = clang_getCursorLocation(c);
    clang_getExpansionLocation(loc, &file, NULL, NULL, &exp);
    if (!file || !clang_File_isEqual(file, rs->main))
        return CXChildVisit_Continue;
    CXCursor decl = clang_getCursorReferenced(c);
    if (clang_getCursorKind(c) == CXCursor_DeclRefExpr && is_variable_decl(decl)) {
        struct var_refs *out = rs->out;
        clang_getFileLocation(loc, NULL, NULL, NULL, &spell);
        out->items = xrealloc(out->items, sizeof *out->items * (size_t)(out->count + 1));
        out->items[out->count++] = (struct var_ref){decl, exp, spell};
    }
    return CXChildVisit_Recurse;
}

void find_references(const struct sm_unit *u, struct var_refs *out) {
    struct ref_search rs = {clang_getFile(u->ast.tu, u->src.path), out};
    memset(out, 0, sizeof *out);
    clang_visitChildren(clang_getTranslationUnitCursor(u->ast.tu), visit_ref, &rs);
}
