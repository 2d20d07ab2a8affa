/*
 * datasharing.c - the data-sharing model of the process back end
 * (docs/memory-model.md).  Workers are copy-on-write snapshots, so every
 * variable is private unless a clause says otherwise:
 *   shared       a copy in the shared heap, copied back by the master
 *   private      a new variable; firstprivate initialised from the original
 *   reduction    a private copy at the operator's identity, combined in
 *                worker order through the runtime's reduction slots
 *   lastprivate  the value of the worker that ran the last iteration
 * References inside a construct are redirected through the AST's
 * DeclRefExprs, never by text.  This file also diagnoses default(none),
 * applies default(shared) and warns about writes that workers lose.
 */
#include "analysis.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* One run's analysis, hung on the unit and freed with it. */
struct ds_state {
    struct ds_construct *constructs; /* by directive index */
    int nconstructs;
    struct write_sites writes;
    struct pointer_writes pointer_writes;
    struct var_refs refs;
};

struct ds_construct *construct_of(const struct sm_unit *u, const struct sm_directive *d) {
    return &u->ds->constructs[d->index];
}

static void new_state(struct sm_unit *u) {
    datasharing_free(u);
    u->ds = xcalloc(1, sizeof *u->ds);
    u->ds->nconstructs = u->ndirs + 1;
    u->ds->constructs = xcalloc((size_t)u->ds->nconstructs, sizeof *u->ds->constructs);
}

static void free_construct(struct ds_construct *c) {
    for (int i = 0; i < c->nvars; i++) {
        free(c->vars[i].name);
        free(c->vars[i].redirect);
    }
    free(c->vars);
    if (c->loop)
        for (size_t l = 0; l < sizeof c->loop->levels / sizeof c->loop->levels[0]; l++) {
            free(c->loop->levels[l].name);
            free(c->loop->levels[l].type);
        }
    free(c->loop);
}

void datasharing_free(struct sm_unit *u) {
    struct ds_state *s = u->ds;
    if (!s)
        return;
    for (int i = 0; i < s->nconstructs; i++)
        free_construct(&s->constructs[i]);
    free(s->constructs);
    for (int i = 0; i < s->writes.count; i++) {
        free(s->writes.items[i].op);
        free(s->writes.items[i].hint);
    }
    free(s->writes.items);
    free(s->pointer_writes.items);
    free(s->refs.items);
    free(s);
    u->ds = NULL;
}

static int has_data_clauses(const struct sm_directive *d) {
    return d->kind == DIR_PARALLEL || d->kind == DIR_PARALLEL_FOR || d->kind == DIR_FOR ||
           d->kind == DIR_SINGLE;
}

static int is_region(const struct sm_directive *d) {
    return d->kind == DIR_PARALLEL || d->kind == DIR_PARALLEL_FOR;
}

static int decl_within(CXCursor decl, size_t begin, size_t end) {
    size_t b, e;
    return cursor_offsets(decl, &b, &e) && b >= begin && b < end;
}

static int named_by(const struct sm_unit *u, enum sm_dir_kind kind, CXCursor decl) {
    for (int i = 0; i < u->ndirs; i++) {
        const struct sm_directive *d = &u->dirs[i];
        for (int c = 0; d->kind == kind && c < d->nclauses; c++)
            for (int j = 0; j < d->clauses[c].nnames; j++)
                if (!clang_Cursor_isNull(d->clauses[c].names[j].decl) &&
                    same_decl(d->clauses[c].names[j].decl, decl))
                    return 1;
    }
    return 0;
}

static struct ds_var *find_var(struct ds_construct *c, CXCursor decl) {
    for (int i = 0; i < c->nvars; i++)
        if (same_decl(c->vars[i].decl, decl))
            return &c->vars[i];
    return NULL;
}

static struct ds_var *add_var(struct ds_construct *c, const struct sm_directive *d, CXCursor decl,
                              enum ds_class cls, size_t offset) {
    static const char *const prefix[] = {[DS_SHARED] = "(*__sm_sh%d_%s)",
                                         [DS_PRIVATE] = "__sm_p%d_%s",
                                         [DS_FIRSTPRIVATE] = "__sm_p%d_%s",
                                         [DS_LASTPRIVATE] = "__sm_p%d_%s",
                                         [DS_REDUCTION] = "__sm_r%d_%s",
                                         [DS_LOOPVAR] = "__sm_p%d_%s",
                                         [DS_NOTHING] = NULL};
    c->vars = xrealloc(c->vars, sizeof *c->vars * (size_t)(c->nvars + 1));
    struct ds_var *v = &c->vars[c->nvars++];
    memset(v, 0, sizeof *v);
    v->decl = decl;
    v->name = cursor_name(decl);
    v->cls = cls;
    v->loop_level = -1;
    v->offset = offset;
    if (prefix[cls]) {
        struct sm_buf b = {0};
        buf_printf(&b, prefix[cls], d->index, v->name);
        v->redirect = buf_take(&b);
    }
    return v;
}

/* ---- Where constructs are ---------------------------------------------- */

struct sm_directive *innermost_construct(struct sm_unit *u, size_t offset) {
    struct sm_directive *best = NULL;
    for (int i = 0; i < u->ndirs; i++) {
        struct sm_directive *d = &u->dirs[i];
        if (d->has_stmt && d->stmt_begin <= offset && offset < d->stmt_end &&
            (!best || d->stmt_begin >= best->stmt_begin))
            best = d;
    }
    return best;
}

static int in_scope(const struct sm_unit *u, const struct sm_directive *d, size_t offset) {
    const struct ds_construct *c = construct_of(u, d);
    return has_data_clauses(d) && c->scope_begin <= offset && offset < c->scope_end;
}

char *original_of(struct sm_unit *u, const struct sm_directive *d, CXCursor decl, int *shared) {
    /* The statement, not the directive: '#pragma sm parallel' directly
     * followed by '#pragma sm for' has the for's directive outside the
     * region's statement. */
    size_t at = d->has_stmt ? d->stmt_begin : d->begin;
    for (const struct sm_directive *p = d->parent; p; p = p->parent) {
        struct ds_var *v = in_scope(u, p, at) ? find_var(construct_of(u, p), decl) : NULL;
        if (v && v->redirect) {
            *shared = v->cls == DS_SHARED;
            return xstrdup(v->redirect);
        }
    }
    *shared = named_by(u, DIR_SHARED_GLOBAL, decl);
    return cursor_name(decl);
}

/* The clause entry that decides what decl is at offset, looking from the
 * innermost construct out to (and including) stop. */
static struct ds_var *classification(struct sm_unit *u, size_t offset,
                                     const struct sm_directive *stop, CXCursor decl) {
    for (struct sm_directive *p = innermost_construct(u, offset); p; p = p->parent) {
        struct ds_var *v = has_data_clauses(p) ? find_var(construct_of(u, p), decl) : NULL;
        if (v)
            return v;
        if (p == stop)
            break;
    }
    return NULL;
}

static const struct sm_directive *enclosing(struct sm_unit *u, size_t offset,
                                            int (*accept)(const struct sm_directive *)) {
    for (struct sm_directive *p = innermost_construct(u, offset); p; p = p->parent)
        if (accept(p))
            return p;
    return NULL;
}

/* ---- Clauses ------------------------------------------------------------- */

static int check_shareable(CXCursor decl, const char *name, size_t offset, const char *why) {
    CXType t = clang_getCanonicalType(clang_getCursorType(decl));
    const char *problem = NULL;
    if (t.kind == CXType_VariableArray)
        problem = "a variable-length array";
    else if (t.kind == CXType_IncompleteArray || clang_Type_getSizeOf(t) < 0)
        problem = "of incomplete type";
    if (!problem)
        return 0;
    diag_error(offset,
               "%s cannot share '%s': it is %s (allocate it with malloc instead: the heap is "
               "shared)",
               why, name, problem);
    return 1;
}

static int loop_level_of(const struct ds_construct *c, CXCursor decl) {
    for (int l = 0; c->loop && l < c->loop->nlevels; l++)
        if (same_decl(c->loop->levels[l].var, decl))
            return l;
    return -1;
}

static enum ds_class class_of_clause(enum sm_clause_kind k) {
    switch (k) {
    case CL_SHARED:
        return DS_SHARED;
    case CL_PRIVATE:
        return DS_PRIVATE;
    case CL_FIRSTPRIVATE:
        return DS_FIRSTPRIVATE;
    case CL_LASTPRIVATE:
        return DS_LASTPRIVATE;
    case CL_REDUCTION:
        return DS_REDUCTION;
    default:
        return DS_NOTHING;
    }
}

/* Enclosing constructs are analysed first (directives are in file order). */
static int reduced_outside(const struct sm_unit *u, const struct sm_directive *d, CXCursor decl) {
    for (const struct sm_directive *p = d->parent; p; p = p->parent) {
        struct ds_var *v = has_data_clauses(p) ? find_var(construct_of(u, p), decl) : NULL;
        if (v)
            return v->cls == DS_REDUCTION;
    }
    return 0;
}

static int is_const_object(CXCursor decl) {
    CXType t = clang_getCursorType(decl);
    while (clang_getArrayElementType(t).kind != CXType_Invalid)
        t = clang_getArrayElementType(t);
    return clang_isConstQualifiedType(t) || clang_isConstQualifiedType(clang_getCanonicalType(t));
}

/* Clauses whose copy in or out takes the original variable's address. */
static int needs_address(enum sm_clause_kind kind) {
    return kind == CL_SHARED || kind == CL_FIRSTPRIVATE || kind == CL_LASTPRIVATE;
}

static int check_name(const struct sm_unit *u, struct sm_directive *d, const struct sm_clause *cl,
                      const struct sm_name *n, int level) {
    const char *clause = clause_kind_name(cl->kind);
    if (decl_within(n->decl, d->stmt_begin, d->stmt_end)) {
        diag_error(n->offset, "'%s' in '%s' must be declared before the construct", n->name,
                   clause);
        return 1;
    }
    if (level >= 0 && cl->kind != CL_PRIVATE && cl->kind != CL_LASTPRIVATE) {
        diag_error(n->offset,
                   "the iteration variable '%s' can only be 'private' or 'lastprivate', not '%s'",
                   n->name, clause);
        return 1;
    }
    if (needs_address(cl->kind) && clang_Cursor_getStorageClass(n->decl) == CX_SC_Register) {
        diag_error(n->offset,
                   "'register' variable '%s' cannot be '%s': the copy in or out needs "
                   "its address",
                   n->name, clause);
        return 1;
    }
    if (cl->kind == CL_LASTPRIVATE &&
        clang_getCanonicalType(clang_getCursorType(n->decl)).kind == CXType_VariableArray) {
        diag_error(n->offset,
                   "variable-length array '%s' cannot be 'lastprivate': its value is handed over "
                   "in a slot of fixed size (copy it in the loop's last iteration instead)",
                   n->name);
        return 1;
    }
    if ((cl->kind == CL_LASTPRIVATE || cl->kind == CL_REDUCTION) && is_const_object(n->decl)) {
        diag_error(n->offset,
                   "const-qualified variable '%s' cannot be '%s': it is written at the "
                   "end of the construct",
                   n->name, clause);
        return 1;
    }
    if (cl->kind == CL_SHARED)
        return check_shareable(n->decl, n->name, n->offset, "'shared'");
    if (cl->kind == CL_REDUCTION && reduced_outside(u, d, n->decl)) {
        diag_error(n->offset,
                   "'%s' is already a reduction variable of an enclosing construct; every "
                   "worker would add the whole loop's result to it (remove one of the clauses)",
                   n->name);
        return 1;
    }
    if (cl->kind == CL_REDUCTION)
        return reduction_check(clang_getCursorType(n->decl), cl->op, n->name, n->offset) ? 1 : 0;
    return 0;
}

/* A shared global is shared already; a const variable cannot change, so a
 * shared or private copy of it would only be an equal constant. */
static int needs_copy(const struct sm_unit *u, CXCursor decl, enum ds_class cls) {
    if (cls == DS_SHARED && named_by(u, DIR_SHARED_GLOBAL, decl))
        return 0;
    if (cls == DS_SHARED || cls == DS_PRIVATE || cls == DS_FIRSTPRIVATE)
        return !is_const_object(decl);
    return 1;
}

static int add_clause_vars(struct sm_unit *u, struct sm_directive *d, struct ds_construct *c) {
    int errors = 0;
    for (int i = 0; i < d->nclauses; i++) {
        const struct sm_clause *cl = &d->clauses[i];
        enum ds_class cls = class_of_clause(cl->kind);
        for (int j = 0; j < cl->nnames && cl->kind != CL_COPYIN; j++) {
            const struct sm_name *n = &cl->names[j];
            int level = loop_level_of(c, n->decl);
            if (check_name(u, d, cl, n, level)) {
                errors++;
                continue;
            }
            struct ds_var *v = find_var(c, n->decl); /* firstprivate + lastprivate */
            if (v) {
                v->first = 1;
                v->cls = DS_LASTPRIVATE;
                continue;
            }
            v = add_var(c, d, n->decl, needs_copy(u, n->decl, cls) ? cls : DS_NOTHING, n->offset);
            v->op = cl->op;
            v->loop_level = level;
        }
    }
    return errors;
}

static void add_loop_vars(struct sm_directive *d, struct ds_construct *c) {
    for (int l = 0; c->loop && l < c->loop->nlevels; l++) {
        const struct loop_level *lv = &c->loop->levels[l];
        if (!lv->type && !find_var(c, lv->var))
            add_var(c, d, lv->var, DS_LOOPVAR, 0)->loop_level = l;
    }
}

static int analyse_construct(struct sm_unit *u, struct sm_directive *d) {
    struct ds_construct *c = construct_of(u, d);
    c->scope_begin = d->stmt_begin;
    c->scope_end = d->stmt_end;
    if (is_loop_directive(d)) {
        c->loop = xcalloc(1, sizeof *c->loop);
        if (loop_analyse(u, d, c->loop))
            return 1;
        c->scope_begin = c->loop->body_begin;
    }
    int errors = add_clause_vars(u, d, c);
    add_loop_vars(d, c);
    return errors;
}

/* ---- default(shared), default(none) -------------------------------------- */

static int is_local(CXCursor decl) {
    if (clang_getCursorKind(decl) == CXCursor_ParmDecl)
        return 1;
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(decl);
    return clang_getCursorKind(clang_getCursorSemanticParent(decl)) == CXCursor_FunctionDecl &&
           sc != CX_SC_Static && sc != CX_SC_Extern;
}

static enum sm_default_kind default_of(const struct sm_directive *d) {
    const struct sm_clause *c = dir_clause(d, CL_DEFAULT);
    return c ? c->deflt : DEFAULT_PRIVATE;
}

/* default(shared): every outer local the region writes becomes shared. */
static int apply_default_shared(struct sm_unit *u, struct sm_directive *r) {
    int errors = 0;
    for (int i = 0; i < u->ds->writes.count; i++) {
        const struct write_site *w = &u->ds->writes.items[i];
        size_t at = u->ast.nodes[w->node].begin;
        if (at < r->stmt_begin || at >= r->stmt_end || !is_local(w->var) ||
            decl_within(w->var, r->stmt_begin, r->stmt_end) || classification(u, at, r, w->var))
            continue;
        char *name = cursor_name(w->var);
        if (check_shareable(w->var, name, at, "'default(shared)'"))
            errors++;
        else
            add_var(construct_of(u, r), r, w->var, DS_SHARED, at);
        free(name);
    }
    return errors;
}

static int is_private_kind(const struct ds_var *v) {
    return v->cls == DS_PRIVATE || v->cls == DS_LOOPVAR || v->loop_level >= 0;
}

static int exempt_from_listing(struct sm_unit *u, CXCursor decl) {
    CXSourceLocation loc = clang_getCursorLocation(decl);
    return is_const_object(decl) || clang_Location_isInSystemHeader(loc) ||
           named_by(u, DIR_SHARED_GLOBAL, decl) || named_by(u, DIR_THREADPRIVATE, decl);
}

static void add_seen(CXCursor **seen, int *nseen, CXCursor c) {
    *seen = xrealloc(*seen, sizeof **seen * (size_t)(*nseen + 1));
    (*seen)[(*nseen)++] = c;
}

static int already_reported(CXCursor *seen, int n, CXCursor decl) {
    for (int i = 0; i < n; i++)
        if (same_decl(seen[i], decl))
            return 1;
    return 0;
}

/* default(none): every variable the region uses must be listed. */
static int check_default_none(struct sm_unit *u, struct sm_directive *r) {
    CXCursor *seen = NULL;
    int nseen = 0;
    for (int i = 0; i < u->ds->refs.count; i++) {
        size_t at = u->ds->refs.items[i].at;
        CXCursor decl = u->ds->refs.items[i].decl;
        if (at < r->stmt_begin || at >= r->stmt_end ||
            decl_within(decl, r->stmt_begin, r->stmt_end) || exempt_from_listing(u, decl) ||
            already_reported(seen, nseen, decl))
            continue;
        struct ds_var *v = classification(u, at, r, decl);
        if (find_var(construct_of(u, r), decl) || (v && is_private_kind(v)))
            continue;
        char *name = cursor_name(decl);
        diag_error(u->ds->refs.items[i].spelled,
                   "variable '%s' must be listed in a data-sharing clause because of "
                   "'default(none)'",
                   name);
        free(name);
        seen = xrealloc(seen, sizeof *seen * (size_t)(nseen + 1));
        seen[nseen++] = decl;
    }
    free(seen);
    return nseen;
}

/* ---- Lost writes and loop variables ----------------------------------------- */

static int is_master(const struct sm_directive *d) {
    return d->kind == DIR_MASTER || is_region(d);
}

static int is_loop(const struct sm_directive *d) {
    return is_loop_directive(d) || d->kind == DIR_PARALLEL;
}

/* An array of fixed size, a struct or a union: what shared() takes and a
 * reduction does not. */
static int is_fixed_aggregate(CXCursor decl) {
    CXType t = clang_getCanonicalType(clang_getCursorType(decl));
    return (t.kind == CXType_ConstantArray || t.kind == CXType_Record) &&
           clang_Type_getSizeOf(t) >= 0;
}

static int is_loop_stmt(enum CXCursorKind k) {
    return k == CXCursor_ForStmt || k == CXCursor_WhileStmt || k == CXCursor_DoStmt;
}

/* Can the function read x's value after region r, so that a worker's
 * write to it is lost in a way the program sees?  Globals and static
 * locals (other code reads them), arrays and structs (results, often read
 * through pointers) and variables whose address is taken: always.  A
 * scalar local: when it is referenced after the region, or anywhere in a
 * loop around the region (the next iteration reads it).  A loop counter or
 * temporary that C89-style code declares at the top of the function, used
 * only inside the region, is not: its writes are private and unobservable,
 * as the program means them to be. */
static int observable_after(struct sm_unit *u, const struct sm_directive *r, CXCursor x) {
    if (!is_local(x) || is_fixed_aggregate(x) || address_taken(u, x))
        return 1;
    const struct sm_ast *ast = &u->ast;
    size_t after = r->stmt_end, end = ast->nodes[r->function_node].end;
    size_t loop_begin = r->begin, loop_end = r->stmt_end; /* the outermost loop around r */
    for (int p = ast->nodes[r->stmt_node].parent; p >= 0 && p != r->function_node;
         p = ast->nodes[p].parent)
        if (is_loop_stmt(ast->nodes[p].kind)) {
            loop_begin = ast->nodes[p].begin;
            loop_end = ast->nodes[p].end;
        }
    for (int i = 0; i < u->ds->refs.count; i++) {
        const struct var_ref *ref = &u->ds->refs.items[i];
        int outside_r = ref->at < r->begin || ref->at >= r->stmt_end;
        if (!same_decl(ref->decl, x))
            continue;
        if ((ref->at >= after && ref->at < end) ||
            (outside_r && ref->at >= loop_begin && ref->at < loop_end))
            return 1;
    }
    return 0;
}

static int warn_lost_write(struct sm_unit *u, const struct write_site *w, CXCursor **seen,
                           int *nseen) {
    size_t at = u->ast.nodes[w->node].begin;
    const struct sm_directive *r = enclosing(u, at, is_region);
    if (!r || decl_within(w->var, r->stmt_begin, r->stmt_end) || is_const_object(w->var) ||
        named_by(u, DIR_SHARED_GLOBAL, w->var) || named_by(u, DIR_THREADPRIVATE, w->var) ||
        classification(u, at, r, w->var) || enclosing(u, at, is_master) != r ||
        already_reported(*seen, *nseen, w->var))
        return 0;
    /* Seen, reported or not: whether the loss is observable depends on the
     * variable and the region only, and costs a walk of the function. */
    add_seen(seen, nseen, w->var);
    if (!observable_after(u, r, w->var))
        return 0;
    char *name = cursor_name(w->var);
    diag_warning("sm-lost-write", at,
                 "'%s' is written by workers but is private; the write is lost when the region "
                 "ends",
                 name);
    if (w->hint && diag_options.lost_write != WARN_OFF) {
        const struct sm_directive *target = enclosing(u, at, is_loop);
        diag_note(target->name_offset,
                  "to combine the workers' values, add 'reduction(%s:%s)' here", w->hint, name);
    } else if (is_fixed_aggregate(w->var) && diag_options.lost_write != WARN_OFF) {
        diag_note(r->name_offset, "to share it with the workers, add 'shared(%s)' here", name);
    }
    free(name);
    return 0;
}

/* Is x's storage private to each worker: a variable other than a
 * '#pragma sm shared' global? */
static int has_private_storage(struct sm_unit *u, CXCursor x) {
    return !named_by(u, DIR_SHARED_GLOBAL, x) && !is_const_object(x);
}

static void note_declared_here(struct sm_unit *u, CXCursor x, const char *name) {
    CXFile file;
    unsigned decl;
    clang_getFileLocation(clang_getCursorLocation(x), &file, NULL, NULL, &decl);
    if (diag_options.lost_write == WARN_OFF || !file ||
        !clang_File_isEqual(file, clang_getFile(u->ast.tu, u->src.path)))
        return;
    if (clang_getCursorKind(clang_getCursorSemanticParent(x)) == CXCursor_TranslationUnit)
        diag_note(decl,
                  "'%s' is declared here; put it in shared memory with '#pragma sm shared(%s)' "
                  "after its definition, or allocate it with malloc (the heap is shared)",
                  name, name);
    else
        diag_note(decl,
                  "'%s' is declared here; allocate it with malloc instead (the heap is shared)",
                  name);
}

static int parameter_index(CXCursor function, CXCursor p) {
    int n = clang_Cursor_getNumArguments(function);
    for (int i = 0; i < n; i++)
        if (same_decl(clang_Cursor_getArgument(function, i), p))
            return i;
    return -1;
}

static int calls(CXCursor call, CXCursor function) {
    CXCursor callee = clang_getCursorReferenced(call);
    return !clang_Cursor_isNull(callee) &&
           clang_equalCursors(clang_getCanonicalCursor(callee), clang_getCanonicalCursor(function));
}

/* Region r writes through p, a pointer parameter of its function that the
 * function never reassigns (the caller checks): a call outside any region
 * that passes the address of a variable with private storage for p loses
 * the workers' writes to that variable (the usual 'double out[N];
 * compute(out, N);'). */
static void warn_private_arguments(struct sm_unit *u, const struct sm_directive *r, CXCursor p) {
    const struct sm_ast *ast = &u->ast;
    CXCursor function = ast->nodes[r->function_node].cursor;
    int k = parameter_index(function, p);
    if (k < 0)
        return;
    char *fname = cursor_name(function), *pname = cursor_name(p);
    for (int i = 0; i < ast->count; i++) {
        const struct sm_node *n = &ast->nodes[i];
        if (n->kind != CXCursor_CallExpr || enclosing(u, n->begin, is_region) ||
            !calls(n->cursor, function) || k >= clang_Cursor_getNumArguments(n->cursor))
            continue;
        int arg = ast_find(ast, clang_Cursor_getArgument(n->cursor, (unsigned)k));
        CXCursor x = arg >= 0 ? pointed_variable(u, arg) : clang_getNullCursor();
        if (clang_Cursor_isNull(x) || !has_private_storage(u, x))
            continue;
        char *xname = cursor_name(x);
        diag_warning("sm-lost-write", ast->nodes[arg].begin,
                     "'%s' is passed to '%s', whose parallel region writes through '%s'; '%s' "
                     "is private, so the workers' writes to it are lost",
                     xname, fname, pname, xname);
        if (diag_options.lost_write != WARN_OFF)
            diag_note(r->name_offset, "the region writing through '%s' is here", pname);
        note_declared_here(u, x, xname);
        free(xname);
    }
    free(fname);
    free(pname);
}

/* A write through a pointer that the function only ever points into a
 * variable x with private storage (p = &x, p = x for an array), x declared
 * before region r, is lost like a write to x, and shared(x) would not save
 * it: p holds the original's address.  pointers: those already looked at
 * in r. */
static void warn_write_through_pointer(struct sm_unit *u, const struct sm_directive *r,
                                       const struct pointer_write *w, CXCursor **seen, int *nseen,
                                       CXCursor **pointers, int *npointers) {
    size_t at = u->ast.nodes[w->node].begin;
    if (enclosing(u, at, is_master) != r || decl_within(w->pointer, r->stmt_begin, r->stmt_end) ||
        already_reported(*pointers, *npointers, w->pointer))
        return;
    add_seen(pointers, npointers, w->pointer);
    if (clang_getCursorKind(w->pointer) == CXCursor_ParmDecl &&
        !pointer_reassigned(u, w->pointer)) { /* it points where the callers say */
        warn_private_arguments(u, r, w->pointer);
        return;
    }
    CXCursor x = pointee_variable(u, w->pointer);
    if (clang_Cursor_isNull(x) || !has_private_storage(u, x) ||
        decl_within(x, r->stmt_begin, r->stmt_end) || already_reported(*seen, *nseen, x))
        return;
    add_seen(seen, nseen, x);
    char *xname = cursor_name(x), *pname = cursor_name(w->pointer);
    diag_warning("sm-lost-write", at,
                 "'%s' is written by workers through '%s' but is private; the write is lost "
                 "when the region ends",
                 xname, pname);
    note_declared_here(u, x, xname);
    free(xname);
    free(pname);
}

/* Lost-write warnings are per region and variable, so the list of reported
 * variables is reset at each region. */
static void warn_lost_writes(struct sm_unit *u) {
    for (int i = 0; i < u->ndirs; i++) {
        const struct sm_directive *r = &u->dirs[i];
        if (!is_region(r))
            continue;
        CXCursor *seen = NULL, *pointers = NULL;
        int nseen = 0, npointers = 0;
        for (int k = 0; k < u->ds->writes.count; k++) {
            size_t at = u->ast.nodes[u->ds->writes.items[k].node].begin;
            if (enclosing(u, at, is_region) == r)
                warn_lost_write(u, &u->ds->writes.items[k], &seen, &nseen);
        }
        for (int k = 0; k < u->ds->pointer_writes.count; k++) {
            size_t at = u->ast.nodes[u->ds->pointer_writes.items[k].node].begin;
            if (enclosing(u, at, is_region) == r)
                warn_write_through_pointer(u, r, &u->ds->pointer_writes.items[k], &seen, &nseen,
                                           &pointers, &npointers);
        }
        free(seen);
        free(pointers);
    }
}

static int check_loop_writes(struct sm_unit *u, const struct sm_directive *d) {
    const struct ds_construct *c = construct_of(u, d);
    int errors = 0;
    for (int i = 0; i < u->ds->writes.count; i++) {
        size_t at = u->ast.nodes[u->ds->writes.items[i].node].begin;
        if (at < c->loop->body_begin || at >= d->stmt_end)
            continue;
        int l = loop_level_of(c, u->ds->writes.items[i].var);
        if (l >= 0) {
            diag_error(at, "the iteration variable '%s' must not be modified in the loop body",
                       c->loop->levels[l].name);
            errors++;
        }
    }
    return errors;
}

int datasharing_analyse(struct sm_unit *u) {
    int errors = 0;
    new_state(u);
    find_writes(u, &u->ds->writes);
    find_pointer_writes(u, &u->ds->pointer_writes);
    find_references(u, &u->ds->refs);
    for (int i = 0; i < u->ndirs; i++)
        if (has_data_clauses(&u->dirs[i]))
            errors += analyse_construct(u, &u->dirs[i]);
    if (errors)
        return errors;
    for (int i = 0; i < u->ndirs; i++) {
        struct sm_directive *d = &u->dirs[i];
        if (is_loop_directive(d))
            errors += check_loop_writes(u, d);
        if (is_region(d) && default_of(d) == DEFAULT_SHARED)
            errors += apply_default_shared(u, d);
        if (is_region(d) && default_of(d) == DEFAULT_NONE)
            errors += check_default_none(u, d);
    }
    if (!errors)
        warn_lost_writes(u);
    return errors + diag_error_count();
}

/* ---- Redirection ------------------------------------------------------------ */

static const struct ds_var *redirection(struct sm_unit *u, size_t offset, CXCursor decl) {
    for (struct sm_directive *p = innermost_construct(u, offset); p; p = p->parent) {
        struct ds_var *v = in_scope(u, p, offset) ? find_var(construct_of(u, p), decl) : NULL;
        if (v && v->redirect)
            return v;
    }
    return NULL;
}

static int seen_offset(size_t **done, int *ndone, size_t at) {
    for (int i = 0; i < *ndone; i++)
        if ((*done)[i] == at)
            return 1;
    *done = xrealloc(*done, sizeof **done * (size_t)(*ndone + 1));
    (*done)[(*ndone)++] = at;
    return 0;
}

/* A reference written as a macro argument is redirected where it is
 * written; one inside a macro's own definition cannot be. */
static int redirect_one(struct sm_unit *u, const struct var_ref *r, const struct ds_var *v,
                        size_t **done, int *ndone) {
    size_t len = strlen(v->name), at = r->spelled;
    int ident = at + len < u->src.size &&
                (isalnum((unsigned char)u->src.text[at + len]) || u->src.text[at + len] == '_');
    if (at + len > u->src.size || strncmp(u->src.text + at, v->name, len) != 0 || ident) {
        diag_error(r->at,
                   "'%s' is used inside a macro's definition here; smpp cannot redirect it to "
                   "its %s copy (pass it to the macro as an argument)",
                   v->name, v->cls == DS_SHARED ? "shared" : "private");
        return 1;
    }
    if (!seen_offset(done, ndone, at))
        edits_replace(&u->edits, at, at + len, v->redirect);
    return 0;
}

void datasharing_redirect(struct sm_unit *u) {
    size_t *done = NULL;
    int ndone = 0;
    for (int i = 0; i < u->ds->refs.count; i++) {
        const struct ds_var *v = redirection(u, u->ds->refs.items[i].at, u->ds->refs.items[i].decl);
        if (v)
            redirect_one(u, &u->ds->refs.items[i], v, &done, &ndone);
    }
    free(done);
}

/* ---- Emission ------------------------------------------------------------- */

/* memcpy's parameters would drop a volatile variable's qualifier: such
 * variables are copied by the runtime, byte by byte through volatile
 * pointers. */
static int is_volatile_var(const struct ds_var *v) {
    CXType t = clang_getCanonicalType(clang_getCursorType(v->decl));
    while (clang_getArrayElementType(t).kind != CXType_Invalid)
        t = clang_getCanonicalType(clang_getArrayElementType(t));
    return clang_isVolatileQualifiedType(t);
}

static const char *copy_fn(const struct ds_var *v) {
    return is_volatile_var(v) ? "__sm_copy_volatile" : "__builtin_memcpy";
}

static void emit_shared(struct sm_unit *u, struct sm_directive *d, const struct ds_var *v,
                        struct construct_text *t) {
    int shared;
    char *orig = original_of(u, d, v->decl, &shared);
    buf_printf(&t->pre, "__typeof__(%s) *__sm_sh%d_%s = %s(&%s, sizeof(%s)); ", v->name, d->index,
               v->name, is_volatile_var(v) ? "__sm_share_volatile" : "__sm_share", orig, orig);
    buf_printf(&t->post, "%s(&%s, __sm_sh%d_%s, sizeof(%s)); sm_free(%s__sm_sh%d_%s); ", copy_fn(v),
               orig, d->index, v->name, orig,
               is_volatile_var(v) ? "(void *)(__UINTPTR_TYPE__)" : "", d->index, v->name);
    free(orig);
}

static void emit_private(struct sm_unit *u, struct sm_directive *d, const struct ds_var *v,
                         struct construct_text *t) {
    if (v->loop_level >= 0) /* the loop declares it */
        return;
    int copied_in = v->cls == DS_FIRSTPRIVATE || v->first;
    /* A lastprivate copy is handed over even by a worker that ran no
     * iteration (its value is then ignored): zeroed, so it is never read
     * uninitialised. */
    int zeroed = v->cls == DS_LASTPRIVATE && !copied_in;
    buf_printf(&t->enter, "__typeof__(%s) %s __attribute__((unused))%s; ", v->name, v->redirect,
               zeroed ? " = {0}" : "");
    if (copied_in) {
        int shared;
        char *orig = original_of(u, d, v->decl, &shared);
        buf_printf(&t->enter, "%s(&%s, &%s, sizeof %s); ", copy_fn(v), v->redirect, orig,
                   v->redirect);
        free(orig);
    }
}

static void emit_reduction_copy(const struct ds_var *v, struct construct_text *t) {
    char *identity = reduction_identity(clang_getCursorType(v->decl), v->op, v->name);
    buf_printf(&t->enter, "__typeof__(%s) %s = %s; ", v->name, v->redirect, identity);
    free(identity);
}

static int needs_slot(const struct ds_var *v) {
    return v->cls == DS_REDUCTION || (v->cls == DS_LASTPRIVATE && v->loop_level < 0);
}

/* The iteration variable's value after the loop, as if run sequentially
 * (lo when the loop runs no iteration, like the serial loop). */
int needs_last_flag(const struct sm_unit *u, const struct sm_directive *d) {
    const struct ds_construct *c = construct_of(u, d);
    for (int i = 0; i < c->nvars; i++)
        if (c->vars[i].cls == DS_LASTPRIVATE && c->vars[i].loop_level < 0)
            return 1;
    return 0;
}

static void emit_last_loop_var(struct sm_unit *u, struct sm_directive *d, const struct ds_var *v,
                               struct sm_buf *b) {
    int shared, D = d->index, l = v->loop_level;
    const struct loop_level *lv = &construct_of(u, d)->loop->levels[l];
    char *orig = original_of(u, d, v->decl, &shared);
    if (shared)
        buf_puts(b, "if (sm_worker_id() == 0) ");
    buf_printf(b, "%s = ", orig);
    if (lv->is_pointer)
        buf_printf(b,
                   "__sm_lb%d_%d + (__INT64_TYPE__)(__sm_n%d_%d * (__UINT64_TYPE__)__sm_st%d_%d); ",
                   D, l, D, l, D, l);
    else
        buf_printf(b,
                   "(__typeof__(%s))((__UINT64_TYPE__)__sm_lb%d_%d + __sm_n%d_%d * "
                   "(__UINT64_TYPE__)__sm_st%d_%d); ",
                   orig, D, l, D, l, D, l);
    free(orig);
}

static void emit_slot_struct(struct sm_unit *u, struct sm_directive *d, struct sm_buf *b) {
    const struct ds_construct *c = construct_of(u, d);
    unsigned line, col;
    source_line_col(&u->src, d->begin, &line, &col);
    buf_printf(b, "struct __sm_slot%d { ", d->index);
    for (int i = 0; i < c->nvars; i++)
        if (needs_slot(&c->vars[i]))
            buf_printf(b, "__typeof__(%s) f%d; ", c->vars[i].name, i);
    buf_printf(b, "int last; }; ");
    struct sm_buf msg = {0};
    buf_printf(&msg,
               "%s:%u: the reduction and lastprivate variables of this construct exceed "
               "SM_REDUCE_MAX bytes",
               u->src.path, line);
    char *lit = c_string_literal(msg.data);
    buf_printf(b, "_Static_assert(sizeof(struct __sm_slot%d) <= SM_REDUCE_MAX, %s); ", d->index,
               lit);
    free(lit);
    free(msg.data);
}

/* Merges worker __sm_q's value of variable i into dst: a reduction with its
 * operator, a lastprivate value if that worker ran the last iteration; only
 * where guard (a C condition, or NULL) holds. */
static void emit_merge(struct sm_buf *b, const struct ds_var *v, int i, const char *dst,
                       const char *guard) {
    struct sm_buf src = {0};
    buf_printf(&src, "__sm_q->f%d", i);
    if (v->cls == DS_REDUCTION) {
        if (guard)
            buf_printf(b, "if (%s) { ", guard);
        reduction_combine(b, clang_getCursorType(v->decl), v->op, dst, src.data);
        if (guard)
            buf_puts(b, "} ");
    } else {
        buf_printf(b, "if (%s%s__sm_q->last) %s(&%s, &%s, sizeof(%s)); ", guard ? guard : "",
                   guard ? " && " : "", copy_fn(v), dst, src.data, dst);
    }
    free(src.data);
}

/* Every worker applies the folded result to its original (a shared
 * original only in the master). */
static void emit_combine(struct sm_unit *u, struct sm_directive *d, const struct ds_var *v, int i,
                         struct sm_buf *b) {
    int shared;
    char *orig = original_of(u, d, v->decl, &shared);
    emit_merge(b, v, i, orig, shared ? "sm_worker_id() == 0" : NULL);
    free(orig);
}

/* The last worker to arrive folds every worker's slot into the result, in
 * worker order: reductions with their operator, lastprivate values taken
 * from the slot of the worker that ran the last iteration. */
static void emit_fold(struct sm_unit *u, struct sm_directive *d, const char *loc,
                      struct sm_buf *b) {
    const struct ds_construct *c = construct_of(u, d);
    int D = d->index;
    buf_printf(b,
               "__sm_reduce_view __sm_v; if (__sm_reduce_arrive(&%s, &__sm_v)) { "
               "struct __sm_slot%d *__sm_r = __sm_v.result; "
               "__builtin_memcpy(__sm_r, __sm_v.slots, sizeof *__sm_r); "
               "for (int __sm_w = 1; __sm_w < __sm_v.nworkers; __sm_w++) "
               "{ const struct __sm_slot%d *__sm_q = (const void *)(__sm_v.slots + "
               "(__SIZE_TYPE__)__sm_w * __sm_v.stride); ",
               loc, D, D);
    for (int i = 0; i < c->nvars; i++) {
        const struct ds_var *v = &c->vars[i];
        if (!needs_slot(v))
            continue;
        struct sm_buf dst = {0};
        buf_printf(&dst, "__sm_r->f%d", i);
        emit_merge(b, v, i, dst.data, NULL);
        free(dst.data);
    }
    if (needs_last_flag(u, d))
        buf_puts(b, "if (__sm_q->last) __sm_r->last = 1; ");
    buf_puts(b, "} __sm_reduce_release(); } ");
}

/* Every worker publishes its values; the last to arrive folds them (so the
 * combine costs the others no cache misses of their own), and every worker
 * applies the one result to its originals, so the result is the same in
 * every worker and from run to run.
 * A nowait loop keeps this barrier: OpenMP would let the combine wait for
 * the next barrier, but each worker combines into its own copy and needs
 * every partial, and the next barrier may be anywhere, or the join. */
static void emit_handoff(struct sm_unit *u, struct sm_directive *d, struct sm_buf *b) {
    const struct ds_construct *c = construct_of(u, d);
    int D = d->index, any = 0;
    for (int i = 0; i < c->nvars; i++)
        any |= needs_slot(&c->vars[i]);
    if (any) {
        char *loc = loc_name(d);
        buf_puts(b, "{ ");
        emit_slot_struct(u, d, b);
        buf_printf(b,
                   "struct __sm_slot%d *__sm_s = __sm_reduce_slot(sizeof(struct __sm_slot%d), "
                   "__alignof__(struct __sm_slot%d)); ",
                   D, D, D);
        for (int i = 0; i < c->nvars; i++)
            if (needs_slot(&c->vars[i]))
                buf_printf(b, "%s(&__sm_s->f%d, &%s, sizeof __sm_s->f%d); ", copy_fn(&c->vars[i]),
                           i, c->vars[i].redirect, i);
        if (needs_last_flag(u, d))
            buf_printf(b, "__sm_s->last = __sm_last%d; ", D);
        emit_fold(u, d, loc, b);
        buf_printf(b, "{ const struct __sm_slot%d *__sm_q = __sm_v.result; ", D);
        for (int i = 0; i < c->nvars; i++)
            if (needs_slot(&c->vars[i]))
                emit_combine(u, d, &c->vars[i], i, b);
        buf_puts(b, "} } ");
        free(loc);
    }
    for (int i = 0; i < c->nvars; i++)
        if (c->vars[i].cls == DS_LASTPRIVATE && c->vars[i].loop_level >= 0)
            emit_last_loop_var(u, d, &c->vars[i], b);
}

int handoff_barrier_ends_construct(struct sm_unit *u, const struct sm_directive *d) {
    const struct ds_construct *c = construct_of(u, d);
    int publishes = 0;
    for (int i = 0; i < c->nvars; i++) {
        const struct ds_var *v = &c->vars[i];
        if (v->cls == DS_SHARED)
            return 0;
        if (v->cls != DS_REDUCTION && v->cls != DS_LASTPRIVATE)
            continue;
        int shared;
        free(original_of(u, d, v->decl, &shared));
        if (shared)
            return 0;
        publishes |= needs_slot(v);
    }
    return publishes;
}

int datasharing_emit(struct sm_unit *u, struct sm_directive *d, struct construct_text *t) {
    const struct ds_construct *c = construct_of(u, d);
    for (int i = 0; i < c->nvars; i++) {
        const struct ds_var *v = &c->vars[i];
        switch (v->cls) {
        case DS_SHARED:
            emit_shared(u, d, v, t);
            break;
        case DS_PRIVATE:
        case DS_FIRSTPRIVATE:
        case DS_LASTPRIVATE:
            emit_private(u, d, v, t);
            break;
        case DS_REDUCTION:
            emit_reduction_copy(v, t);
            break;
        default:
            break;
        }
    }
    emit_handoff(u, d, &t->exit);
    return 0;
}

/* ---- The serial back end ------------------------------------------------- */

/* --serial keeps one process, so shared, reduction and lastprivate already
 * behave; private and firstprivate still need their own variable, or the
 * construct's writes would reach the original. */
static void serial_construct(struct sm_unit *u, struct sm_directive *d) {
    struct ds_construct *c = construct_of(u, d);
    struct construct_text t = {0};
    c->scope_begin = d->stmt_begin;
    c->scope_end = d->stmt_end;
    for (int i = 0; i < d->nclauses; i++) {
        const struct sm_clause *cl = &d->clauses[i];
        if (cl->kind != CL_PRIVATE && cl->kind != CL_FIRSTPRIVATE)
            continue;
        for (int j = 0; j < cl->nnames; j++)
            add_var(c, d, cl->names[j].decl, class_of_clause(cl->kind), cl->names[j].offset);
    }
    if (!c->nvars)
        return;
    for (int i = 0; i < c->nvars; i++)
        emit_private(u, d, &c->vars[i], &t);
    buf_puts(&t.pre, "{ ");
    buf_puts(&t.pre, t.enter.data);
    edits_insert(&u->edits, d->stmt_begin, t.pre.data);
    edits_insert(&u->edits, d->stmt_end, " }");
    free(t.pre.data);
    free(t.enter.data);
}

int serial_datasharing(struct sm_unit *u) {
    new_state(u);
    find_references(u, &u->ds->refs);
    for (int i = 0; i < u->ndirs; i++)
        if (has_data_clauses(&u->dirs[i]) && u->dirs[i].has_stmt)
            serial_construct(u, &u->dirs[i]);
    datasharing_redirect(u);
    return diag_error_count();
}
