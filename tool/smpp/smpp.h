/*
 * smpp.h - the rewriter's shared types.
 *
 * Pipeline (one stage per file):
 *   directive.c  find #pragma sm / _Pragma("sm ...") in libclang's tokens
 *   clause.c     parse a directive's tokens into struct sm_directive
 *   ast.c        flatten the AST of the main file into an array of nodes
 *   attach.c     tie each directive to its statement, check placement
 *   analysis.c   what a construct references and writes (no text output)
 *   loop.c       canonical loop form of a `for` construct
 *   emit_*.c     back ends: turn analysed directives into edits
 *   edit.c       apply edits to the original text, keeping lines
 */
#ifndef SMPP_H
#define SMPP_H

#include <clang-c/Index.h>
#include <stddef.h>
#include <stdio.h>

/* ---- Source text ---------------------------------------------------- */

struct sm_source {
    const char *path; /* as given on the command line (used in #line) */
    char *text;       /* the main file's bytes, NUL-terminated */
    size_t size;
    size_t *line_starts; /* offset of each line's first byte (source_index_lines) */
    size_t nlines;
};

/* Indexes the line starts, so source_line_col need not scan the text. */
void source_index_lines(struct sm_source *src);
/* 1-based line and column of a byte offset. */
void source_line_col(const struct sm_source *src, size_t offset, unsigned *line, unsigned *col);

/* ---- Diagnostics ---------------------------------------------------- */

enum sm_warning_state { WARN_OFF, WARN_ON, WARN_ERROR };
struct sm_diag_options {
    enum sm_warning_state lost_write; /* -Wsm-lost-write */
    int werror;                       /* -Werror: every warning is an error */
};
extern struct sm_diag_options diag_options;

void diag_set_source(const struct sm_source *src);
/* FILE:LINE:COL: error: MESSAGE */
void diag_error(size_t offset, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A warning with its flag name ("sm-lost-write"); may be off or an error. */
void diag_warning(const char *flag, size_t offset, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_note(size_t offset, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* An error at loc in a file other than the main one (a header); held
 * before the main file's diagnostics. */
void diag_error_at(CXSourceLocation loc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int diag_error_count(void);
/* Prints the held diagnostics in source order. */
void diag_flush(void);
/* Forgets the error count and the source, before the next run. */
void diag_reset(void);

/* ---- Memory --------------------------------------------------------- */

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Growable string. */
struct sm_buf {
    char *data;
    size_t len, cap;
};
void buf_add(struct sm_buf *b, const char *s, size_t n);
void buf_puts(struct sm_buf *b, const char *s);
void buf_printf(struct sm_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *buf_take(struct sm_buf *b); /* NUL-terminated; resets b */

/* ---- Directives and clauses ------------------------------------------- */

enum sm_dir_kind {
    DIR_PARALLEL,
    DIR_FOR,
    DIR_PARALLEL_FOR,
    DIR_CRITICAL,
    DIR_ORDERED,
    DIR_MASTER,
    DIR_BARRIER,
    DIR_SINGLE,
    DIR_ATOMIC,
    DIR_FLUSH,
    DIR_THREADPRIVATE,
    DIR_SHARED_GLOBAL, /* file-scope #pragma sm shared(list) */
};

enum sm_clause_kind {
    CL_NUM_WORKERS, /* also num_threads */
    CL_IF,
    CL_PRIVATE,
    CL_FIRSTPRIVATE,
    CL_LASTPRIVATE,
    CL_SHARED,
    CL_REDUCTION,
    CL_SCHEDULE,
    CL_COLLAPSE,
    CL_ORDERED,
    CL_NOWAIT,
    CL_DEFAULT,
    CL_COPYIN,
};

enum sm_sched_kind {
    SCHED_NONE,
    SCHED_STATIC,
    SCHED_DYNAMIC,
    SCHED_GUIDED,
    SCHED_RUNTIME,
    SCHED_AUTO
};
enum sm_default_kind { DEFAULT_PRIVATE, DEFAULT_SHARED, DEFAULT_NONE };
enum sm_atomic_kind { ATOMIC_UPDATE, ATOMIC_READ, ATOMIC_WRITE, ATOMIC_CAPTURE };
enum sm_reduction_op {
    RED_ADD,
    RED_SUB,
    RED_MUL,
    RED_BAND,
    RED_BOR,
    RED_BXOR,
    RED_LAND,
    RED_LOR,
    RED_MIN,
    RED_MAX
};

/* A name in a clause's variable list. */
struct sm_name {
    char *name;
    size_t offset; /* of the name in the file (for diagnostics) */
    CXCursor decl; /* the variable it names; set by attach.c */
};

struct sm_clause {
    enum sm_clause_kind kind;
    size_t offset; /* of the clause keyword */
    char *expr;    /* num_workers, if, schedule chunk: C text */
    size_t expr_offset;
    struct sm_name *names; /* private, shared, reduction, ... */
    int nnames;
    enum sm_reduction_op op;    /* reduction */
    enum sm_sched_kind sched;   /* schedule */
    int collapse;               /* collapse(n) */
    enum sm_default_kind deflt; /* default(...) */
};

struct sm_directive {
    enum sm_dir_kind kind;
    int index;          /* position in the file, 0-based: makes names unique */
    size_t begin, end;  /* bytes of the directive (# ... end of line, or _Pragma(...)) */
    size_t name_offset; /* of the directive name, for diagnostics */
    struct sm_clause *clauses;
    int nclauses;
    char *critical_name; /* critical(name); NULL if unnamed */
    enum sm_atomic_kind atomic;
    int is_pragma_operator; /* _Pragma("sm ...") */

    /* Set by attach.c. */
    int has_stmt; /* a statement is associated */
    CXCursor stmt;
    size_t stmt_begin, stmt_end; /* bytes of the statement (end exclusive, incl. ';') */
    int stmt_node;               /* index into the AST node array */
    struct sm_directive *parent; /* innermost enclosing construct, lexically */
    int function_node;           /* enclosing function's node, -1 at file scope */
};

const char *dir_kind_name(enum sm_dir_kind kind);
const char *clause_kind_name(enum sm_clause_kind kind);
/* The clause of this kind, or NULL. */
const struct sm_clause *dir_clause(const struct sm_directive *d, enum sm_clause_kind kind);

/* A token of a directive's text. */
enum sm_tok_kind { TOK_IDENT, TOK_NUMBER, TOK_STRING, TOK_PUNCT, TOK_END };
struct sm_token {
    enum sm_tok_kind kind;
    char *text;
    size_t offset; /* in the file */
};

/* Finds every directive of the main file, in order.  Returns the count. */
int find_directives(CXTranslationUnit tu, const struct sm_source *src, struct sm_directive **out);
/* Parses tokens (after "sm") into d.  Returns 0, or -1 after a diagnostic. */
int parse_directive(struct sm_directive *d, const struct sm_token *toks, int ntoks, size_t end);
/* Frees what d owns (clauses, names, texts), not d itself. */
void free_directive(struct sm_directive *d);

/* ---- The AST, flattened --------------------------------------------- */

struct sm_node {
    CXCursor cursor;
    enum CXCursorKind kind;
    size_t begin, end; /* byte offsets in the main file (end exclusive) */
    int parent;        /* index, -1 for top level */
    int in_macro;      /* spelled inside a macro expansion */
};

struct sm_ast {
    CXTranslationUnit tu;
    struct sm_node *nodes; /* pre-order */
    int count;
};

void ast_build(struct sm_ast *ast, CXTranslationUnit tu, const struct sm_source *src);
/* Extent of a cursor as main-file byte offsets; 0 if not in the main file. */
int cursor_offsets(CXCursor c, size_t *begin, size_t *end);
int node_is_stmt(enum CXCursorKind kind);
/* Is node a inside (or equal to) node b? */
int node_within(const struct sm_ast *ast, int a, int b);
/* The node whose cursor equals c, or -1. */
int ast_find(const struct sm_ast *ast, CXCursor c);
/* A token's spelling (caller frees), and whether it is spelled s. */
char *token_text(CXTranslationUnit tu, CXToken t);
int token_is(CXTranslationUnit tu, CXToken t, const char *s);
/* The nth (0-based) direct child of node, or -1. */
int node_child(const struct sm_ast *ast, int node, int nth);
/* Spelling of the operator of a BinaryOperator, CompoundAssignOperator or
 * UnaryOperator node ("+=", "++", ...); *postfix tells x++ from ++x.
 * Caller frees; NULL if it cannot be read. */
char *node_operator(const struct sm_ast *ast, int node, int *postfix);

/* ---- Edits ------------------------------------------------------------ */

struct sm_edit {
    size_t begin, end; /* replaced bytes of the original text */
    char *text;        /* replacement */
    int seq;           /* insertion order, to keep equal-offset inserts stable */
};

struct sm_edits {
    struct sm_edit *items;
    int count, cap;
    int next_seq;
};

void edits_replace(struct sm_edits *e, size_t begin, size_t end, const char *text);
void edits_insert(struct sm_edits *e, size_t at, const char *text);
/* The original text of [begin, end) with the edits inside it applied; those
 * edits are removed, since the caller replaces the whole range. */
char *edits_take_text(struct sm_edits *e, const struct sm_source *src, size_t begin, size_t end);
/* Writes the prologue, then the text with every edit applied, preserving
 * lines: a replacement shorter in lines than what it replaces is padded
 * with newlines; a longer one is followed by a #line directive. */
int edits_write(struct sm_edits *e, const struct sm_source *src, const char *prologue, FILE *out);

/* ---- Back ends ---------------------------------------------------------- */

enum sm_backend { BACKEND_PROCESS, BACKEND_SERIAL, BACKEND_OPENMP };

struct sm_unit {
    struct sm_source src;
    struct sm_ast ast;
    struct sm_directive *dirs;
    int ndirs;
    struct sm_edits edits;
    enum sm_backend backend;
    struct ds_state *ds; /* datasharing.c's analysis */
};

/* Ties directives to statements, resolves clause names, checks placement
 * and jumps.  Returns the number of errors. */
int attach_directives(struct sm_unit *u);

/* C string literal for s (quotes and escapes added). */
char *c_string_literal(const char *s);

int emit_process(struct sm_unit *u);
int emit_serial(struct sm_unit *u);
int emit_openmp(struct sm_unit *u);

/* ---- One run of the rewriter (driver.c) ------------------------------- */

struct smpp_options {
    const char *input;    /* the file's name, in diagnostics and #line */
    const char *contents; /* if set, the file's bytes (not read from disk) */
    size_t size;
    const char *output;    /* NULL: standard output */
    FILE *out_stream;      /* if set, write here instead */
    const char *build_dir; /* -p */
    enum sm_backend backend;
    char **cc_args;
    int ncc_args;
};

/* Rewrites o->input.  Returns 0, or 1 after a diagnostic. */
int smpp_rewrite(const struct smpp_options *o);
/* fn(o) on a thread with an 8 MB stack; an overflow is an error (stackguard.c). */
int run_with_stack_guard(int (*fn)(const struct smpp_options *), const struct smpp_options *o);

#endif

/* ---- Pieces of generated code around one construct --------------------- */

/* Text placed around a construct's statement by the back end:
 *   pre   before the construct, in the enclosing context (e.g. shared copies)
 *   enter first thing inside the construct (e.g. private declarations)
 *   exit  last thing inside the construct (e.g. combining reductions)
 *   post  after the construct, in the enclosing context (e.g. copy back) */
struct construct_text {
    struct sm_buf pre, enter, exit, post;
};

/* Name of the static __sm_loc of directive d. */
char *loc_name(const struct sm_directive *d);
/* "static const __sm_loc NAME = {...};" for directive d. */
void loc_decl(const struct sm_unit *u, const struct sm_directive *d, struct sm_buf *out);

/* datasharing.c: data-sharing analysis and redirection (process back end).
 * datasharing_analyse decides, for every construct, what each clause
 * variable becomes, and issues lost-write warnings; datasharing_redirect
 * adds the edits that redirect references inside constructs. */
int datasharing_analyse(struct sm_unit *u);
void datasharing_redirect(struct sm_unit *u);
void datasharing_free(struct sm_unit *u);
/* Adds the code of d's data clauses to t. */
int datasharing_emit(struct sm_unit *u, struct sm_directive *d, struct construct_text *t);

/* loop.c: a work-sharing loop (for, or the loop of parallel for): replaces
 * the loop header, adds code to t. */
int emit_loop(struct sm_unit *u, struct sm_directive *d, struct construct_text *t);
/* ordered block inside a loop with the ordered clause. */
int emit_ordered(struct sm_unit *u, struct sm_directive *d);
