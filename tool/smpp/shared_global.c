/*
 * shared_global.c - file-scope `#pragma sm shared(g, ...)`: each named
 * global's definition gets SM_SHARED_GLOBAL (sharedmem_abi.h), which puts
 * it in the section that libsharedmem remaps as shared memory before main.
 */
#include "smpp.h"

#include <string.h>

/* Another variable declared in the same declaration as decl ("int a, b;"):
 * the attribute in front would apply to both. */
static int shares_declaration(const struct sm_ast *ast, int decl) {
    for (int i = 0; i < ast->count; i++)
        if (i != decl && ast->nodes[i].kind == CXCursor_VarDecl &&
            ast->nodes[i].parent == ast->nodes[decl].parent &&
            ast->nodes[i].begin == ast->nodes[decl].begin)
            return 1;
    return 0;
}

static int share_global(struct sm_unit *u, const struct sm_name *name) {
    CXCursor def = clang_getCursorDefinition(name->decl);
    /* `int g;` at file scope is a tentative definition, which libclang does
     * not call a definition; it is one unless declared extern. */
    if (clang_Cursor_isNull(def) && clang_Cursor_getStorageClass(name->decl) != CX_SC_Extern)
        def = name->decl;
    int node = ast_find(&u->ast, def);
    if (clang_Cursor_isNull(def) || node < 0 ||
        clang_getCursorSemanticParent(def).kind != CXCursor_TranslationUnit) {
        diag_error(name->offset,
                   "'#pragma sm shared(%s)' needs the definition of the global '%s' in this file",
                   name->name, name->name);
        return 1;
    }
    if (clang_getCursorType(def).kind == CXType_IncompleteArray) {
        diag_error(name->offset, "cannot share '%s': its size is not known", name->name);
        return 1;
    }
    if (shares_declaration(&u->ast, node)) {
        diag_error(name->offset,
                   "cannot share '%s' alone: it is declared together with other variables; "
                   "declare it on its own",
                   name->name);
        return 1;
    }
    edits_insert(&u->edits, u->ast.nodes[node].begin, "SM_SHARED_GLOBAL ");
    return 0;
}

int emit_shared_global(struct sm_unit *u, struct sm_directive *d) {
    int errors = 0;
    edits_replace(&u->edits, d->begin, d->end, "");
    for (int i = 0; i < d->nclauses; i++)
        for (int j = 0; j < d->clauses[i].nnames; j++)
            errors += share_global(u, &d->clauses[i].names[j]);
    return errors;
}
