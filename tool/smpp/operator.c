/*
 * operator.c - reading libclang tokens: a token's spelling, and the operator
 * of a BinaryOperator, CompoundAssignOperator or UnaryOperator node.
 * libclang 14 has no API for the operator, so it is read from the tokens:
 * the first token after the left operand (binary), or the first or last
 * token of the expression (unary prefix or postfix).
 */
#include "smpp.h"

#include <string.h>

int node_child(const struct sm_ast *ast, int node, int nth) {
    for (int i = node + 1; i < ast->count && ast->nodes[i].begin < ast->nodes[node].end; i++)
        if (ast->nodes[i].parent == node && nth-- == 0)
            return i;
    return -1;
}

char *token_text(CXTranslationUnit tu, CXToken t) {
    CXString s = clang_getTokenSpelling(tu, t);
    char *text = xstrdup(clang_getCString(s));
    clang_disposeString(s);
    return text;
}

int token_is(CXTranslationUnit tu, CXToken t, const char *s) {
    CXString cs = clang_getTokenSpelling(tu, t);
    int eq = strcmp(clang_getCString(cs), s) == 0;
    clang_disposeString(cs);
    return eq;
}

static unsigned token_offset(CXTranslationUnit tu, CXToken t) {
    unsigned off;
    clang_getExpansionLocation(clang_getTokenLocation(tu, t), NULL, NULL, NULL, &off);
    return off;
}

char *node_operator(const struct sm_ast *ast, int node, int *postfix) {
    const struct sm_node *n = &ast->nodes[node];
    CXToken *toks;
    unsigned ntoks;
    char *op = NULL;
    clang_tokenize(ast->tu, clang_getCursorExtent(n->cursor), &toks, &ntoks);
    if (ntoks == 0)
        return NULL;
    if (postfix)
        *postfix = 0;
    if (n->kind == CXCursor_UnaryOperator) {
        int child = node_child(ast, node, 0);
        if (child >= 0 && token_offset(ast->tu, toks[0]) >= ast->nodes[child].begin) {
            op = token_text(ast->tu, toks[ntoks - 1]);
            if (postfix)
                *postfix = 1;
        } else {
            op = token_text(ast->tu, toks[0]);
        }
    } else {
        int lhs = node_child(ast, node, 0);
        for (unsigned i = 0; lhs >= 0 && i < ntoks; i++) {
            if (token_offset(ast->tu, toks[i]) >= ast->nodes[lhs].end) {
                op = token_text(ast->tu, toks[i]);
                break;
            }
        }
    }
    clang_disposeTokens(ast->tu, toks, ntoks);
    return op;
}
