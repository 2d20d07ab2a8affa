/*
 * ast.c - the main file's AST flattened into an array of nodes in
 * pre-order, each with its byte range and parent, so later stages can ask
 * "what is inside what" without walking libclang's cursors again.
 */
#include "smpp.h"

#include <stdlib.h>
#include <string.h>

struct builder {
    struct sm_ast *ast;
    int cap;
    int *stack; /* indices of the ancestors of the cursor being visited */
    int depth, stack_cap;
};

int cursor_offsets(CXCursor c, size_t *begin, size_t *end) {
    CXSourceRange r = clang_getCursorExtent(c);
    CXFile fb, fe;
    unsigned b, e;
    clang_getExpansionLocation(clang_getRangeStart(r), &fb, NULL, NULL, &b);
    clang_getExpansionLocation(clang_getRangeEnd(r), &fe, NULL, NULL, &e);
    if (!clang_Location_isFromMainFile(clang_getRangeStart(r)) || !fb)
        return 0;
    *begin = b;
    *end = e < b ? b : e;
    return 1;
}

static int spelled_in_macro(CXCursor c) {
    CXSourceLocation loc = clang_getCursorLocation(c);
    unsigned exp, spell;
    clang_getExpansionLocation(loc, NULL, NULL, NULL, &exp);
    clang_getFileLocation(loc, NULL, NULL, NULL, &spell);
    return exp != spell;
}

int node_is_stmt(enum CXCursorKind kind) {
    return clang_isStatement(kind) || clang_isExpression(kind) || clang_isDeclaration(kind);
}

static int add_node(struct builder *bld, CXCursor c, int parent) {
    struct sm_ast *ast = bld->ast;
    size_t b, e;
    if (!cursor_offsets(c, &b, &e))
        return -1;
    if (ast->count == bld->cap) {
        bld->cap = bld->cap ? bld->cap * 2 : 1024;
        ast->nodes = xrealloc(ast->nodes, sizeof *ast->nodes * (size_t)bld->cap);
    }
    ast->nodes[ast->count] =
        (struct sm_node){c, clang_getCursorKind(c), b, e, parent, spelled_in_macro(c)};
    return ast->count++;
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data) {
    struct builder *bld = data;
    struct sm_ast *ast = bld->ast;
    /* Pop the ancestors that are not the parent of c. */
    while (bld->depth > 0 &&
           !clang_equalCursors(ast->nodes[bld->stack[bld->depth - 1]].cursor, parent))
        bld->depth--;
    if (!clang_Location_isFromMainFile(clang_getCursorLocation(c)))
        return CXChildVisit_Continue;
    int idx = add_node(bld, c, bld->depth > 0 ? bld->stack[bld->depth - 1] : -1);
    if (idx < 0)
        return CXChildVisit_Continue;
    if (bld->depth == bld->stack_cap) {
        bld->stack_cap = bld->stack_cap ? bld->stack_cap * 2 : 64;
        bld->stack = xrealloc(bld->stack, sizeof *bld->stack * (size_t)bld->stack_cap);
    }
    bld->stack[bld->depth++] = idx;
    return CXChildVisit_Recurse;
}

void ast_build(struct sm_ast *ast, CXTranslationUnit tu, const struct sm_source *src) {
    (void)src;
    memset(ast, 0, sizeof *ast);
    ast->tu = tu;
    struct builder bld = {ast, 0, NULL, 0, 0};
    clang_visitChildren(clang_getTranslationUnitCursor(tu), visit, &bld);
    free(bld.stack);
}

int node_within(const struct sm_ast *ast, int a, int b) {
    for (; a >= 0; a = ast->nodes[a].parent)
        if (a == b)
            return 1;
    return 0;
}

int ast_find(const struct sm_ast *ast, CXCursor c) {
    size_t b, e;
    if (clang_Cursor_isNull(c) || !cursor_offsets(c, &b, &e))
        return -1;
    /* A cursor reached through clang_getCursorReferenced may not compare
     * equal to the one the visitor saw (labels), so kind and place decide. */
    enum CXCursorKind kind = clang_getCursorKind(c);
    for (int i = 0; i < ast->count; i++)
        if (ast->nodes[i].begin == b && ast->nodes[i].kind == kind &&
            (clang_equalCursors(ast->nodes[i].cursor, c) || ast->nodes[i].end == e))
            return i;
    return -1;
}
