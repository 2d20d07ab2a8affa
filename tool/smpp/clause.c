/*
 * clause.c - parse a directive's tokens (everything after "sm") into a
 * struct sm_directive, and check which clauses each directive accepts.
 * Names follow OpenMP 5.2; num_threads is an alias of num_workers.
 */
#include "smpp.h"

#include <stdlib.h>
#include <string.h>

struct parser {
    const struct sm_token *toks;
    int n, pos;
    size_t end;
    struct sm_directive *d;
};

static const struct sm_token *peek(struct parser *p) {
    return &p->toks[p->pos < p->n ? p->pos : p->n];
}

static int at(struct parser *p, const char *text) {
    return p->pos < p->n && strcmp(p->toks[p->pos].text, text) == 0;
}

static int accept(struct parser *p, const char *text) {
    if (!at(p, text))
        return 0;
    p->pos++;
    return 1;
}

static const char *shown(const struct sm_token *t) {
    return t->kind == TOK_END ? "end of directive" : t->text;
}

static int expect(struct parser *p, const char *text, const char *after) {
    if (accept(p, text))
        return 0;
    diag_error(peek(p)->offset, "expected '%s' after '%s', found '%s'", text, after,
               shown(peek(p)));
    return -1;
}

const char *dir_kind_name(enum sm_dir_kind kind) {
    static const char *const names[] = {
        [DIR_PARALLEL] = "parallel",
        [DIR_FOR] = "for",
        [DIR_PARALLEL_FOR] = "parallel for",
        [DIR_CRITICAL] = "critical",
        [DIR_ORDERED] = "ordered",
        [DIR_MASTER] = "master",
        [DIR_BARRIER] = "barrier",
        [DIR_SINGLE] = "single",
        [DIR_ATOMIC] = "atomic",
        [DIR_FLUSH] = "flush",
        [DIR_THREADPRIVATE] = "threadprivate",
        [DIR_SHARED_GLOBAL] = "shared",
    };
    return names[kind];
}

static const struct {
    const char *name;
    enum sm_clause_kind kind;
} clause_names[] = {
    {"num_workers", CL_NUM_WORKERS},
    {"num_threads", CL_NUM_WORKERS},
    {"if", CL_IF},
    {"private", CL_PRIVATE},
    {"firstprivate", CL_FIRSTPRIVATE},
    {"lastprivate", CL_LASTPRIVATE},
    {"shared", CL_SHARED},
    {"reduction", CL_REDUCTION},
    {"schedule", CL_SCHEDULE},
    {"collapse", CL_COLLAPSE},
    {"ordered", CL_ORDERED},
    {"nowait", CL_NOWAIT},
    {"default", CL_DEFAULT},
    {"copyin", CL_COPYIN},
};

const char *clause_kind_name(enum sm_clause_kind kind) {
    for (size_t i = 0; i < sizeof clause_names / sizeof *clause_names; i++)
        if (clause_names[i].kind == kind)
            return clause_names[i].name;
    return "?";
}

/* Which clauses a directive accepts (bit per enum sm_clause_kind). */
#define BIT(k) (1u << (k))
static unsigned allowed_clauses(enum sm_dir_kind kind) {
    const unsigned parallel = BIT(CL_NUM_WORKERS) | BIT(CL_IF) | BIT(CL_PRIVATE) |
                              BIT(CL_FIRSTPRIVATE) | BIT(CL_SHARED) | BIT(CL_REDUCTION) |
                              BIT(CL_DEFAULT) | BIT(CL_COPYIN);
    const unsigned loop = BIT(CL_PRIVATE) | BIT(CL_FIRSTPRIVATE) | BIT(CL_LASTPRIVATE) |
                          BIT(CL_REDUCTION) | BIT(CL_SCHEDULE) | BIT(CL_COLLAPSE) |
                          BIT(CL_ORDERED) | BIT(CL_NOWAIT);
    switch (kind) {
    case DIR_PARALLEL:
        return parallel;
    case DIR_FOR:
        return loop;
    case DIR_PARALLEL_FOR:
        return (parallel | loop) & ~BIT(CL_NOWAIT);
    case DIR_SINGLE:
        return BIT(CL_PRIVATE) | BIT(CL_FIRSTPRIVATE) | BIT(CL_NOWAIT);
    default:
        return 0;
    }
}

/* Clauses that may appear at most once. */
static int unique_clause(enum sm_clause_kind kind) {
    return kind == CL_NUM_WORKERS || kind == CL_IF || kind == CL_SCHEDULE || kind == CL_COLLAPSE ||
           kind == CL_ORDERED || kind == CL_NOWAIT || kind == CL_DEFAULT;
}

const struct sm_clause *dir_clause(const struct sm_directive *d, enum sm_clause_kind kind) {
    for (int i = 0; i < d->nclauses; i++)
        if (d->clauses[i].kind == kind)
            return &d->clauses[i];
    return NULL;
}

/* C text of the tokens up to the ')' that balances an already consumed
 * '('; consumes that ')'.  stop_at_comma stops at a top-level ','. */
static char *balanced_text(struct parser *p, const char *what, int stop_at_comma) {
    struct sm_buf b = {0};
    int depth = 0;
    size_t start = peek(p)->offset;
    for (;;) {
        const struct sm_token *t = peek(p);
        if (t->kind == TOK_END) {
            diag_error(t->offset, "expected ')' to end '%s' clause", what);
            free(buf_take(&b));
            return NULL;
        }
        if (depth == 0 &&
            (strcmp(t->text, ")") == 0 || (stop_at_comma && strcmp(t->text, ",") == 0)))
            break;
        if (strcmp(t->text, "(") == 0 || strcmp(t->text, "[") == 0 || strcmp(t->text, "{") == 0)
            depth++;
        if (strcmp(t->text, ")") == 0 || strcmp(t->text, "]") == 0 || strcmp(t->text, "}") == 0)
            depth--;
        if (b.len)
            buf_puts(&b, " ");
        buf_puts(&b, t->text);
        p->pos++;
    }
    if (b.len == 0) {
        diag_error(start, "expected an expression in '%s' clause", what);
        return NULL;
    }
    return buf_take(&b);
}

static int parse_expr_clause(struct parser *p, struct sm_clause *c, const char *name) {
    if (expect(p, "(", name))
        return -1;
    if (c->kind == CL_IF && p->pos + 1 < p->n && strcmp(p->toks[p->pos + 1].text, ":") == 0 &&
        (at(p, "parallel")))
        p->pos += 2; /* OpenMP's if(parallel: expr) directive-name modifier */
    c->expr_offset = peek(p)->offset;
    c->expr = balanced_text(p, name, 0);
    if (!c->expr)
        return -1;
    return expect(p, ")", c->expr);
}

static int parse_name_list(struct parser *p, struct sm_clause *c, const char *name) {
    for (;;) {
        const struct sm_token *t = peek(p);
        if (t->kind != TOK_IDENT) {
            diag_error(t->offset, "expected a variable name in '%s' clause, found '%s'", name,
                       shown(t));
            return -1;
        }
        /* Doubling at each power of two: growing by one is quadratic where
         * realloc always copies (AddressSanitizer's), and lists can be huge. */
        if ((c->nnames & (c->nnames - 1)) == 0)
            c->names =
                xrealloc(c->names, sizeof *c->names * (size_t)(c->nnames ? 2 * c->nnames : 1));
        c->names[c->nnames++] =
            (struct sm_name){xstrdup(t->text), t->offset, clang_getNullCursor()};
        p->pos++;
        if (!accept(p, ","))
            break;
    }
    return expect(p, ")", "variable list");
}

static int parse_reduction(struct parser *p, struct sm_clause *c) {
    static const struct {
        const char *text;
        enum sm_reduction_op op;
    } ops[] = {{"+", RED_ADD},   {"-", RED_SUB},  {"*", RED_MUL},   {"&", RED_BAND},
               {"|", RED_BOR},   {"^", RED_BXOR}, {"&&", RED_LAND}, {"||", RED_LOR},
               {"min", RED_MIN}, {"max", RED_MAX}};
    if (expect(p, "(", "reduction"))
        return -1;
    const struct sm_token *t = peek(p);
    size_t i;
    for (i = 0; i < sizeof ops / sizeof *ops; i++)
        if (strcmp(t->text, ops[i].text) == 0)
            break;
    if (i == sizeof ops / sizeof *ops) {
        diag_error(t->offset,
                   "unknown reduction operator '%s' (expected + - * & | ^ && || min max)",
                   shown(t));
        return -1;
    }
    c->op = ops[i].op;
    p->pos++;
    if (expect(p, ":", "reduction operator"))
        return -1;
    return parse_name_list(p, c, "reduction");
}

static int parse_schedule(struct parser *p, struct sm_clause *c) {
    static const struct {
        const char *text;
        enum sm_sched_kind kind;
    } kinds[] = {{"static", SCHED_STATIC},
                 {"dynamic", SCHED_DYNAMIC},
                 {"guided", SCHED_GUIDED},
                 {"runtime", SCHED_RUNTIME},
                 {"auto", SCHED_AUTO}};
    if (expect(p, "(", "schedule"))
        return -1;
    if ((at(p, "monotonic") || at(p, "nonmonotonic")) && p->pos + 1 < p->n &&
        strcmp(p->toks[p->pos + 1].text, ":") == 0)
        p->pos += 2; /* ordering modifiers: every schedule here is monotonic */
    const struct sm_token *t = peek(p);
    size_t i;
    for (i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strcmp(t->text, kinds[i].text) == 0)
            break;
    if (i == sizeof kinds / sizeof *kinds) {
        diag_error(t->offset,
                   "unknown schedule kind '%s' (expected static, dynamic, guided, runtime or "
                   "auto)",
                   shown(t));
        return -1;
    }
    c->sched = kinds[i].kind;
    p->pos++;
    if (accept(p, ",")) {
        if (c->sched == SCHED_RUNTIME || c->sched == SCHED_AUTO) {
            diag_error(peek(p)->offset, "schedule '%s' does not take a chunk size", kinds[i].text);
            return -1;
        }
        c->expr_offset = peek(p)->offset;
        c->expr = balanced_text(p, "schedule", 0);
        if (!c->expr)
            return -1;
    }
    return expect(p, ")", "schedule kind");
}

static int parse_collapse(struct parser *p, struct sm_clause *c) {
    if (expect(p, "(", "collapse"))
        return -1;
    const struct sm_token *t = peek(p);
    char *endp;
    long v = t->kind == TOK_NUMBER ? strtol(t->text, &endp, 0) : 0;
    if (t->kind != TOK_NUMBER || *endp || v < 1 || v > 16) {
        diag_error(t->offset, "'collapse' needs a constant between 1 and 16, found '%s'", shown(t));
        return -1;
    }
    c->collapse = (int)v;
    p->pos++;
    return expect(p, ")", "collapse count");
}

static int parse_default(struct parser *p, struct sm_clause *c) {
    if (expect(p, "(", "default"))
        return -1;
    const struct sm_token *t = peek(p);
    if (strcmp(t->text, "shared") == 0)
        c->deflt = DEFAULT_SHARED;
    else if (strcmp(t->text, "none") == 0)
        c->deflt = DEFAULT_NONE;
    else if (strcmp(t->text, "private") == 0 || strcmp(t->text, "firstprivate") == 0)
        c->deflt = DEFAULT_PRIVATE;
    else {
        diag_error(t->offset,
                   "expected 'shared', 'none', 'private' or 'firstprivate' in "
                   "'default' clause, found '%s'",
                   shown(t));
        return -1;
    }
    p->pos++;
    return expect(p, ")", "default kind");
}

static int parse_clause(struct parser *p, struct sm_clause *c) {
    const struct sm_token *t = peek(p);
    const char *name = t->text;
    size_t i;
    for (i = 0; i < sizeof clause_names / sizeof *clause_names; i++)
        if (strcmp(name, clause_names[i].name) == 0)
            break;
    if (t->kind != TOK_IDENT || i == sizeof clause_names / sizeof *clause_names) {
        diag_error(t->offset, "unknown clause '%s' on '#pragma sm %s'", shown(t),
                   dir_kind_name(p->d->kind));
        return -1;
    }
    c->kind = clause_names[i].kind;
    c->offset = t->offset;
    if (!(allowed_clauses(p->d->kind) & BIT(c->kind))) {
        diag_error(t->offset, "clause '%s' is not allowed on '#pragma sm %s'", name,
                   dir_kind_name(p->d->kind));
        return -1;
    }
    p->pos++;
    switch (c->kind) {
    case CL_NUM_WORKERS:
    case CL_IF:
        return parse_expr_clause(p, c, name);
    case CL_PRIVATE:
    case CL_FIRSTPRIVATE:
    case CL_LASTPRIVATE:
    case CL_SHARED:
    case CL_COPYIN:
        return expect(p, "(", name) ? -1 : parse_name_list(p, c, name);
    case CL_REDUCTION:
        return parse_reduction(p, c);
    case CL_SCHEDULE:
        return parse_schedule(p, c);
    case CL_COLLAPSE:
        return parse_collapse(p, c);
    case CL_DEFAULT:
        return parse_default(p, c);
    case CL_ORDERED:
        if (at(p, "(")) {
            diag_error(peek(p)->offset, "'ordered(n)' (doacross loops) is not supported");
            return -1;
        }
        return 0;
    case CL_NOWAIT:
        return 0;
    }
    return -1;
}

/* A variable may appear in one data-sharing clause only (firstprivate with
 * lastprivate excepted, as in OpenMP). */
/* One occurrence of a name in a clause's list, in source order. */
struct name_ref {
    const char *name;
    int order;
    enum sm_clause_kind kind;
    size_t offset;
};

static int by_name_then_order(const void *a, const void *b) {
    const struct name_ref *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : x->order - y->order;
}

static int may_repeat(enum sm_clause_kind a, enum sm_clause_kind b) {
    return (a == CL_FIRSTPRIVATE && b == CL_LASTPRIVATE) ||
           (a == CL_LASTPRIVATE && b == CL_FIRSTPRIVATE) || a == CL_COPYIN || b == CL_COPYIN;
}

/* For each run of equal names, the clause an occurrence clashes with: the
 * earliest kind seen before it that it may not repeat (clash[order], -1
 * if none).  Sorting keeps this O(n log n) for huge lists. */
static void find_clashes(struct name_ref *refs, int n, int *clash) {
    qsort(refs, (size_t)n, sizeof *refs, by_name_then_order);
    for (int s = 0, e; s < n; s = e) {
        int first[CL_COPYIN + 1];
        for (int k = 0; k <= CL_COPYIN; k++)
            first[k] = -1;
        for (e = s; e < n && strcmp(refs[e].name, refs[s].name) == 0; e++) {
            int best = -1;
            for (int k = 0; k <= CL_COPYIN; k++)
                if (first[k] >= 0 && !may_repeat(k, refs[e].kind) &&
                    (best < 0 || first[k] < first[best]))
                    best = k;
            clash[refs[e].order] = best;
            if (first[refs[e].kind] < 0)
                first[refs[e].kind] = refs[e].order;
        }
    }
}

static int check_duplicate_names(struct sm_directive *d) {
    int n = 0, errs = 0;
    for (int a = 0; a < d->nclauses; a++)
        n += d->clauses[a].nnames;
    struct name_ref *refs = xmalloc(sizeof *refs * (size_t)(n + 1));
    struct name_ref *in_order = xmalloc(sizeof *in_order * (size_t)(n + 1));
    int *clash = xmalloc(sizeof *clash * (size_t)(n + 1));
    n = 0;
    for (int a = 0; a < d->nclauses; a++)
        for (int i = 0; i < d->clauses[a].nnames; i++, n++)
            refs[n] = in_order[n] = (struct name_ref){
                d->clauses[a].names[i].name, n, d->clauses[a].kind, d->clauses[a].names[i].offset};
    find_clashes(refs, n, clash);
    for (int k = 0; k < n; k++) {
        if (clash[k] < 0)
            continue;
        diag_error(in_order[k].offset,
                   "variable '%s' appears in more than one data-sharing clause ('%s' and '%s')",
                   in_order[k].name, clause_kind_name((enum sm_clause_kind)clash[k]),
                   clause_kind_name(in_order[k].kind));
        errs++;
    }
    free(refs);
    free(in_order);
    free(clash);
    return errs ? -1 : 0;
}

static void free_clause(struct sm_clause *c) {
    for (int i = 0; i < c->nnames; i++)
        free(c->names[i].name);
    free(c->names);
    free(c->expr);
}

void free_directive(struct sm_directive *d) {
    for (int i = 0; i < d->nclauses; i++)
        free_clause(&d->clauses[i]);
    free(d->clauses);
    free(d->critical_name);
    d->clauses = NULL;
    d->nclauses = 0;
    d->critical_name = NULL;
}

static int parse_clauses(struct parser *p) {
    struct sm_directive *d = p->d;
    while (peek(p)->kind != TOK_END) {
        struct sm_clause c = {0};
        if (parse_clause(p, &c)) {
            free_clause(&c);
            return -1;
        }
        if (unique_clause(c.kind) && dir_clause(d, c.kind)) {
            diag_error(c.offset, "'#pragma sm %s' cannot have more than one '%s' clause",
                       dir_kind_name(d->kind), clause_kind_name(c.kind));
            free_clause(&c);
            return -1;
        }
        d->clauses = xrealloc(d->clauses, sizeof *d->clauses * (size_t)(d->nclauses + 1));
        d->clauses[d->nclauses++] = c;
        accept(p, ",");
    }
    return check_duplicate_names(d);
}

static int parse_critical_name(struct parser *p) {
    if (!accept(p, "("))
        return 0;
    const struct sm_token *t = peek(p);
    if (t->kind != TOK_IDENT) {
        diag_error(t->offset, "expected a name in 'critical(...)', found '%s'", shown(t));
        return -1;
    }
    p->d->critical_name = xstrdup(t->text);
    p->pos++;
    if (expect(p, ")", "critical name"))
        return -1;
    if (peek(p)->kind != TOK_END) {
        diag_error(peek(p)->offset, "unexpected '%s' after '#pragma sm critical(%s)'",
                   shown(peek(p)), p->d->critical_name);
        return -1;
    }
    return 0;
}

static int parse_atomic_kind(struct parser *p) {
    static const struct {
        const char *text;
        enum sm_atomic_kind kind;
    } kinds[] = {{"update", ATOMIC_UPDATE},
                 {"read", ATOMIC_READ},
                 {"write", ATOMIC_WRITE},
                 {"capture", ATOMIC_CAPTURE}};
    p->d->atomic = ATOMIC_UPDATE;
    accept(p, "seq_cst"); /* every atomic here is sequentially consistent */
    accept(p, ",");
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (accept(p, kinds[i].text)) {
            p->d->atomic = kinds[i].kind;
            break;
        }
    accept(p, ",");
    accept(p, "seq_cst");
    if (peek(p)->kind != TOK_END) {
        diag_error(peek(p)->offset,
                   "unexpected '%s' on '#pragma sm atomic' (expected read, write, update or "
                   "capture)",
                   shown(peek(p)));
        return -1;
    }
    return 0;
}

/* flush and threadprivate: an optional (or required) name list. */
static int parse_list_directive(struct parser *p, int required) {
    struct sm_clause c = {0};
    c.kind = CL_SHARED;
    const char *name = dir_kind_name(p->d->kind);
    if (accept(p, "(")) {
        if (parse_name_list(p, &c, name)) {
            free_clause(&c);
            return -1;
        }
    } else if (required) {
        diag_error(peek(p)->offset, "expected '(' after '#pragma sm %s'", name);
        return -1;
    }
    if (peek(p)->kind != TOK_END) {
        diag_error(peek(p)->offset, "unexpected '%s' after '#pragma sm %s'", shown(peek(p)), name);
        free_clause(&c);
        return -1;
    }
    if (c.nnames) {
        p->d->clauses = xmalloc(sizeof c);
        p->d->clauses[0] = c;
        p->d->nclauses = 1;
    }
    return 0;
}

static int no_clauses(struct parser *p) {
    if (peek(p)->kind == TOK_END)
        return 0;
    diag_error(peek(p)->offset, "'#pragma sm %s' takes no clauses, found '%s'",
               dir_kind_name(p->d->kind), shown(peek(p)));
    return -1;
}

int parse_directive(struct sm_directive *d, const struct sm_token *toks, int ntoks, size_t end) {
    struct parser p = {toks, ntoks, 0, end, d};
    const struct sm_token *t = peek(&p);
    if (t->kind == TOK_END) {
        diag_error(t->offset, "expected a directive after '#pragma sm'");
        return -1;
    }
    d->name_offset = t->offset;
    if (accept(&p, "parallel")) {
        d->kind = accept(&p, "for") ? DIR_PARALLEL_FOR : DIR_PARALLEL;
        return parse_clauses(&p);
    }
    if (accept(&p, "for")) {
        d->kind = DIR_FOR;
        return parse_clauses(&p);
    }
    if (accept(&p, "single")) {
        d->kind = DIR_SINGLE;
        return parse_clauses(&p);
    }
    if (accept(&p, "critical")) {
        d->kind = DIR_CRITICAL;
        return parse_critical_name(&p) ? -1 : no_clauses(&p);
    }
    static const struct {
        const char *text;
        enum sm_dir_kind kind;
    } plain[] = {{"ordered", DIR_ORDERED}, {"master", DIR_MASTER}, {"barrier", DIR_BARRIER}};
    for (size_t i = 0; i < sizeof plain / sizeof *plain; i++) {
        if (accept(&p, plain[i].text)) {
            d->kind = plain[i].kind;
            return no_clauses(&p);
        }
    }
    if (accept(&p, "atomic")) {
        d->kind = DIR_ATOMIC;
        return parse_atomic_kind(&p);
    }
    if (accept(&p, "flush")) {
        d->kind = DIR_FLUSH;
        return parse_list_directive(&p, 0);
    }
    if (accept(&p, "threadprivate")) {
        d->kind = DIR_THREADPRIVATE;
        return parse_list_directive(&p, 1);
    }
    if (accept(&p, "shared")) {
        d->kind = DIR_SHARED_GLOBAL;
        return parse_list_directive(&p, 1);
    }
    diag_error(t->offset,
               "unknown directive '#pragma sm %s' (expected parallel, for, critical, ordered, "
               "master, barrier, single, atomic, flush, threadprivate or shared)",
               shown(t));
    return -1;
}
