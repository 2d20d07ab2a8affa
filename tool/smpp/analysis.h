/*
 * analysis.h - what the loop and data-sharing stages know about a
 * construct: the shape of its loop nest, the variables its clauses (and the
 * defaults) make private, shared or reduced, and every write to a variable.
 */
#ifndef SMPP_ANALYSIS_H
#define SMPP_ANALYSIS_H

#include "smpp.h"

/* ---- AST helpers (analysis.c) ------------------------------------------ */

int node_nchildren(const struct sm_ast *ast, int node);
/* Through implicit casts (UnexposedExpr) and parentheses. */
int node_strip(const struct sm_ast *ast, int node);
/* The variable a (stripped) DeclRefExpr names, or a null cursor. */
CXCursor node_variable(const struct sm_ast *ast, int node);
/* The first token in [begin, end) of the main file, malloc'ed; NULL if none. */
char *token_in(const struct sm_unit *u, size_t begin, size_t end);
/* The tokens of [begin, end) of the main file (no comments). */
struct src_token {
    size_t begin, end;
    char *text;
};
int source_tokens(const struct sm_unit *u, size_t begin, size_t end, struct src_token **out);
void free_source_tokens(struct src_token *t, int n);
int is_variable_decl(CXCursor c);
int same_decl(CXCursor a, CXCursor b);
char *cursor_name(CXCursor c);
/* Does [begin, end) of the main file contain a reference to var? */
int refers_to(const struct sm_unit *u, size_t begin, size_t end, CXCursor var);

/* A write to a variable: an assignment, compound assignment, ++/-- or &x
 * passed to a call.  Writes through pointers (*p, p[i], p->f) are not. */
struct write_site {
    int node; /* the assignment, increment or & */
    CXCursor var;
    char *op;   /* "=", "+=", "++", "&", ... */
    char *hint; /* reduction operator the write suggests, or NULL */
};
struct write_sites {
    struct write_site *items;
    int count;
};
void find_writes(const struct sm_unit *u, struct write_sites *out);
/* Is &var (or &var.f, &var[i] of an array var) written anywhere in the
 * file's AST? */
int address_taken(const struct sm_unit *u, CXCursor var);

/* A write through a pointer variable: *p, p[i], p->f, and members or
 * elements of those. */
struct pointer_write {
    int node; /* the assignment or increment */
    CXCursor pointer;
};
struct pointer_writes {
    struct pointer_write *items;
    int count;
};
void find_pointer_writes(const struct sm_unit *u, struct pointer_writes *out);
/* The one variable p points into wherever the file sets p (p = &x,
 * p = x for an array x, p = &x[i] + k ...); null if p is ever given
 * anything else, never set, or its own address is taken. */
CXCursor pointee_variable(const struct sm_unit *u, CXCursor p);
/* The variable an expression's pointer value points into: an address
 * (&x, an array x, ...) or a pointer variable, as pointee_variable says;
 * null if unknown. */
CXCursor pointed_variable(const struct sm_unit *u, int node);
/* Is p ever given a value (initializer, assignment) or its address taken? */
int pointer_reassigned(const struct sm_unit *u, CXCursor p);

/* Every reference to a variable in the main file, including those that
 * macros expand to (which the AST node array leaves out). */
struct var_ref {
    CXCursor decl;
    size_t at;      /* the reference, or the macro invocation it comes from */
    size_t spelled; /* where its name is written (a macro argument), or at */
};
struct var_refs {
    struct var_ref *items;
    int count;
};
void find_references(const struct sm_unit *u, struct var_refs *out);

/* ---- Loops (loop.c) ------------------------------------------------------ */

enum loop_test { TEST_LT, TEST_LE, TEST_GT, TEST_GE, TEST_NE };

struct loop_level {
    int for_node;
    CXCursor var;
    char *name;
    char *type; /* spelling of the type if declared in the loop, else NULL */
    int is_pointer;
    size_t lo_begin, lo_end, hi_begin, hi_end;
    size_t step_begin, step_end; /* both 0: a step of 1 (++ / --) */
    int step_negated;            /* -=, --, v = v - s */
    enum loop_test test;
};

struct loop_info {
    int nlevels;
    struct loop_level levels[16];
    size_t header_begin, header_end; /* 'for' ... ')' of the innermost level */
    size_t body_begin;
    int consumed_braces; /* '{' of outer levels' bodies inside the header */
};

/* Checks the canonical form of d's loop nest; 0 or the number of errors. */
int loop_analyse(struct sm_unit *u, struct sm_directive *d, struct loop_info *out);
int is_loop_directive(const struct sm_directive *d);

/* ---- Data sharing (datasharing.c) ------------------------------------- */

enum ds_class {
    DS_SHARED,
    DS_PRIVATE,
    DS_FIRSTPRIVATE,
    DS_LASTPRIVATE,
    DS_REDUCTION,
    DS_LOOPVAR, /* iteration variable declared before the loop */
    DS_NOTHING  /* already shared (file-scope shared global), copyin */
};

struct ds_var {
    CXCursor decl;
    char *name;
    enum ds_class cls;
    int first;      /* lastprivate that is also firstprivate */
    int loop_level; /* >= 0: the iteration variable of that level */
    enum sm_reduction_op op;
    char *redirect; /* text replacing references inside the scope */
    size_t offset;  /* for diagnostics */
};

struct ds_construct {
    struct ds_var *vars;
    int nvars;
    size_t scope_begin, scope_end; /* where references are redirected */
    struct loop_info *loop;        /* loop constructs */
};

struct ds_construct *construct_of(const struct sm_unit *u, const struct sm_directive *d);
/* The innermost construct whose statement contains offset, or NULL. */
struct sm_directive *innermost_construct(struct sm_unit *u, size_t offset);
/* How the variable reads at d's position (outside d): its name, or what an
 * enclosing construct redirected it to.  *shared tells whether every worker
 * sees the same object. */
char *original_of(struct sm_unit *u, const struct sm_directive *d, CXCursor decl, int *shared);
/* Does d hand over a lastprivate variable other than an iteration variable
 * (so its loop must note who ran the last iteration)? */
int needs_last_flag(const struct sm_unit *u, const struct sm_directive *d);
/* Does d's hand-off of reduction and lastprivate values end in a barrier
 * after which each worker writes only its own copies, so that the barrier
 * can stand for d's own closing barrier? */
int handoff_barrier_ends_construct(struct sm_unit *u, const struct sm_directive *d);

/* ---- Reductions (reduction.c) ------------------------------------------ */

/* 0 if op can reduce a variable of type t, else -1 after a diagnostic. */
int reduction_check(CXType t, enum sm_reduction_op op, const char *name, size_t offset);
/* Can a variable of type t be reduced at all (an arithmetic type)? */
int reduction_type_ok(CXType t);
/* The identity of op for a variable named name of type t, as C text. */
char *reduction_identity(CXType t, enum sm_reduction_op op, const char *name);
/* "dst = dst + src;" and the like. */
void reduction_combine(struct sm_buf *b, CXType t, enum sm_reduction_op op, const char *dst,
                       const char *src);
const char *reduction_op_text(enum sm_reduction_op op);

#endif
