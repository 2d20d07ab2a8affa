/*
 * directive.c - find `#pragma sm ...` and `_Pragma("sm ...")` in the main
 * file from libclang's tokens.  Tokens in skipped preprocessor ranges
 * (#if 0) and in other preprocessor lines (#define bodies) are ignored.
 */
#include "smpp.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

struct raw_tokens {
    CXToken *toks;
    unsigned count;
    size_t *offsets;
};

static size_t token_offset(CXTranslationUnit tu, CXToken t) {
    unsigned offset;
    clang_getFileLocation(clang_getTokenLocation(tu, t), NULL, NULL, NULL, &offset);
    return offset;
}

/* End of the logical line that starts at or before offset: the first
 * newline not escaped by a backslash. */
static size_t logical_line_end(const struct sm_source *src, size_t offset) {
    size_t i = offset;
    while (i < src->size) {
        if (src->text[i] == '\n') {
            size_t j = i;
            if (j > 0 && src->text[j - 1] == '\r')
                j--;
            if (j > 0 && src->text[j - 1] == '\\') {
                i++;
                continue;
            }
            return i;
        }
        i++;
    }
    return src->size;
}

/* Is the byte at offset the first non-blank of its line? */
static int starts_line(const struct sm_source *src, size_t offset) {
    while (offset > 0) {
        char c = src->text[offset - 1];
        if (c == '\n')
            return 1;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
            return 0;
        offset--;
    }
    return 1;
}

static int in_skipped_range(CXSourceRangeList *skipped, size_t offset) {
    for (unsigned i = 0; skipped && i < skipped->count; i++) {
        unsigned b, e;
        clang_getFileLocation(clang_getRangeStart(skipped->ranges[i]), NULL, NULL, NULL, &b);
        clang_getFileLocation(clang_getRangeEnd(skipped->ranges[i]), NULL, NULL, NULL, &e);
        if (offset >= b && offset < e)
            return 1;
    }
    return 0;
}

static enum sm_tok_kind classify(CXTranslationUnit tu, CXToken t, const char *text) {
    switch (clang_getTokenKind(t)) {
    case CXToken_Identifier:
    case CXToken_Keyword:
        return TOK_IDENT;
    case CXToken_Literal:
        return strchr(text, '"') || strchr(text, '\'') ? TOK_STRING : TOK_NUMBER;
    default:
        (void)tu;
        return TOK_PUNCT;
    }
}

static void push_token(struct sm_token **toks, int *n, int *cap, enum sm_tok_kind kind, char *text,
                       size_t offset) {
    if (*n + 1 >= *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *toks = xrealloc(*toks, sizeof **toks * (size_t)*cap);
    }
    (*toks)[*n] = (struct sm_token){kind, text, offset};
    (*n)++;
}

static void end_tokens(struct sm_token **toks, int *n, int *cap, size_t end) {
    push_token(toks, n, cap, TOK_END, xstrdup(""), end);
    (*n)--; /* the TOK_END sentinel is not counted */
}

static void free_tokens(struct sm_token *toks, int n) {
    for (int i = 0; i <= n; i++)
        free(toks[i].text);
    free(toks);
}

/* Lexes the text of a _Pragma string (already destringized).  Offsets are
 * approximated as base + position, which is exact without escapes. */
static int lex_pragma_string(const char *s, size_t base, struct sm_token **toks) {
    static const char *const two_char[] = {
        "&&", "||", "<<", ">>", "->", "==", "!=", "<=", ">=", "++", "--", "+=", "-="};
    int n = 0, cap = 0;
    size_t i = 0, len = strlen(s);
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        size_t start = i;
        enum sm_tok_kind kind;
        if (isspace(c)) {
            i++;
            continue;
        }
        if (isalpha(c) || c == '_') {
            while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '_'))
                i++;
            kind = TOK_IDENT;
        } else if (isdigit(c) || (c == '.' && isdigit((unsigned char)s[i + 1]))) {
            while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '.'))
                i++;
            kind = TOK_NUMBER;
        } else if (c == '"' || c == '\'') {
            i++;
            while (i < len && s[i] != (char)c) {
                if (s[i] == '\\' && i + 1 < len)
                    i++;
                i++;
            }
            if (i < len)
                i++;
            kind = TOK_STRING;
        } else {
            i++;
            for (size_t k = 0; k < sizeof two_char / sizeof *two_char; k++) {
                if (strncmp(s + start, two_char[k], 2) == 0) {
                    i = start + 2;
                    break;
                }
            }
            kind = TOK_PUNCT;
        }
        push_token(toks, &n, &cap, kind, xstrndup(s + start, i - start), base + start);
    }
    end_tokens(toks, &n, &cap, base + len);
    return n;
}

/* The contents of a string literal token: quotes removed, \" and \\ undone. */
static char *destringize(const char *lit) {
    const char *open = strchr(lit, '"');
    struct sm_buf b = {0};
    if (!open)
        return xstrdup("");
    for (const char *p = open + 1; *p && *p != '"'; p++) {
        if (*p == '\\' && (p[1] == '"' || p[1] == '\\'))
            p++;
        buf_add(&b, p, 1);
    }
    return buf_take(&b);
}

static void add_directive(struct sm_directive **dirs, int *n, int *cap, struct sm_directive *d) {
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        *dirs = xrealloc(*dirs, sizeof **dirs * (size_t)*cap);
    }
    d->index = *n;
    (*dirs)[(*n)++] = *d;
}

/* #pragma sm ... : tokens i, i+1, i+2 are '#', 'pragma', 'sm'. */
static int take_hash_pragma(CXTranslationUnit tu, const struct raw_tokens *rt, unsigned i,
                            size_t line_end, struct sm_directive *d) {
    struct sm_token *toks = NULL;
    int n = 0, cap = 0;
    unsigned j = i + 3;
    for (; j < rt->count && rt->offsets[j] < line_end; j++) {
        CXTokenKind k = clang_getTokenKind(rt->toks[j]);
        if (k == CXToken_Comment)
            continue;
        char *text = token_text(tu, rt->toks[j]);
        push_token(&toks, &n, &cap, classify(tu, rt->toks[j], text), text, rt->offsets[j]);
    }
    end_tokens(&toks, &n, &cap, line_end);
    d->begin = rt->offsets[i];
    d->end = line_end;
    d->name_offset = n > 0 ? toks[0].offset : rt->offsets[i + 2];
    int rc = parse_directive(d, toks, n, line_end);
    free_tokens(toks, n);
    return rc;
}

/* Parses the text of an sm _Pragma (contents, destringized: "sm ...") into
 * d, which spans [begin, end) of the file.  Token offsets are text_offset
 * plus their place in contents; with pinned, the text is not in the file
 * (a macro's) and every token is placed at begin. */
static int take_pragma_text(const char *contents, size_t text_offset, int pinned, size_t begin,
                            size_t end, struct sm_directive *d) {
    struct sm_token *toks = NULL;
    size_t skip = 0;
    while (isspace((unsigned char)contents[skip]))
        skip++;
    skip += 2; /* "sm" */
    int n = lex_pragma_string(contents + skip, text_offset + skip, &toks);
    for (int k = 0; pinned && k <= n; k++)
        toks[k].offset = begin;
    d->begin = begin;
    d->end = end;
    d->is_pragma_operator = 1;
    d->name_offset = n > 0 ? toks[0].offset : pinned ? begin : text_offset - 1;
    int rc = parse_directive(d, toks, n, d->end);
    free_tokens(toks, n);
    return rc;
}

/* _Pragma ( "sm ..." ) : tokens i .. i+3, the string at string_offset. */
static int take_pragma_operator(const struct raw_tokens *rt, unsigned i, const char *contents,
                                size_t string_offset, struct sm_directive *d) {
    return take_pragma_text(contents, string_offset + 1, 0, rt->offsets[i], rt->offsets[i + 3] + 1,
                            d);
}

static int is_sm_pragma_text(const char *s) {
    while (isspace((unsigned char)*s))
        s++;
    return strncmp(s, "sm", 2) == 0 && (s[2] == 0 || isspace((unsigned char)s[2]));
}

static int is_pragma_operator(CXTranslationUnit tu, const struct raw_tokens *rt, unsigned i) {
    return i + 3 < rt->count && token_is(tu, rt->toks[i], "_Pragma") &&
           token_is(tu, rt->toks[i + 1], "(") &&
           clang_getTokenKind(rt->toks[i + 2]) == CXToken_Literal &&
           token_is(tu, rt->toks[i + 3], ")");
}

static int is_sm_pragma_operator(CXTranslationUnit tu, const struct raw_tokens *rt, unsigned i) {
    if (!is_pragma_operator(tu, rt, i))
        return 0;
    CXString cs = clang_getTokenSpelling(tu, rt->toks[i + 2]);
    char *contents = destringize(clang_getCString(cs));
    clang_disposeString(cs);
    int sm = is_sm_pragma_text(contents);
    free(contents);
    return sm;
}

/* Is a macro whose replacement list is tokens first .. count-1 a directive
 * macro: object-like and exactly _Pragma("sm ...")? */
static int is_directive_macro(CXTranslationUnit tu, const struct raw_tokens *rt, unsigned first,
                              unsigned count, int function_like) {
    return !function_like && count == first + 4 && is_sm_pragma_operator(tu, rt, first);
}

static int has_sm_pragma_operator(CXTranslationUnit tu, const struct raw_tokens *rt, unsigned i,
                                  unsigned count) {
    for (; i < count; i++)
        if (is_sm_pragma_operator(tu, rt, i))
            return 1;
    return 0;
}

#define MACRO_FORM_ERROR                                                                           \
    "smpp rewrites a macro use only when the macro is object-like and its whole "                  \
    "definition is '_Pragma(\"sm ...\")'"

/* A directive macro (#define PARALLEL_FOR _Pragma("sm parallel for")) is
 * rewritten where the file uses it.  Any other macro holding an sm
 * _Pragma would leave the directive to the compiler, which ignores it.
 * Tokens i .. line_end are a #define line, i the macro's name. */
static void check_define(CXTranslationUnit tu, const struct raw_tokens *rt, unsigned i,
                         size_t line_end) {
    unsigned end = i;
    while (end < rt->count && rt->offsets[end] < line_end)
        end++;
    if (i >= end || !has_sm_pragma_operator(tu, rt, i + 1, end))
        return;
    /* function-like: '(' right after the name */
    CXString name = clang_getTokenSpelling(tu, rt->toks[i]);
    size_t name_end = rt->offsets[i] + strlen(clang_getCString(name));
    clang_disposeString(name);
    int function_like =
        i + 1 < end && rt->offsets[i + 1] == name_end && token_is(tu, rt->toks[i + 1], "(");
    if (!is_directive_macro(tu, rt, i + 1, end, function_like))
        diag_error(rt->offsets[i], "this macro holds '_Pragma(\"sm ...\")': " MACRO_FORM_ERROR);
}

/* ---- Directive macros used in the main file ---------------------------- */

/* Does the text hold "pragma sm" or "Pragma("sm" (blanks allowed between)?
 * A cheap test that spares lexing most headers, "#pragma once" ones too. */
static int mentions_sm_pragma(const char *text, size_t size) {
    const char *end = text + size;
    for (const char *p = text; (p = memmem(p, (size_t)(end - p), "ragma", 5)) != NULL;) {
        p += 5;
        while (p < end && (*p == ' ' || *p == '\t' || *p == '(' || *p == '"'))
            p++;
        if (end - p >= 2 && p[0] == 's' && p[1] == 'm')
            return 1;
    }
    return 0;
}

struct macro_use {
    size_t begin, end;
    char *contents; /* the _Pragma's text; NULL: a macro of another form */
    char *name;
    int indirect; /* holds it through another macro */
};

/* 1 for a directive macro (*contents set), -1 for another macro holding an
 * sm _Pragma, 0 for the rest. */
static int classify_macro(CXTranslationUnit tu, CXCursor def, char **contents) {
    struct raw_tokens mt = {0};
    clang_tokenize(tu, clang_getCursorExtent(def), &mt.toks, &mt.count);
    int form = 0;
    if (has_sm_pragma_operator(tu, &mt, 1, mt.count)) {
        form = -1;
        if (is_directive_macro(tu, &mt, 1, mt.count, clang_Cursor_isMacroFunctionLike(def))) {
            CXString cs = clang_getTokenSpelling(tu, mt.toks[3]);
            *contents = destringize(clang_getCString(cs));
            clang_disposeString(cs);
            form = 1;
        }
    }
    clang_disposeTokens(tu, mt.toks, mt.count);
    return form;
}

/* A macro defined outside the system headers, and whether it holds an sm
 * _Pragma, itself or through the macros it names. */
struct macro_def {
    CXCursor cursor;
    char *name;
    const char *body; /* its replacement list, in libclang's copy of the file */
    size_t len;
    int holds;
};

struct macro_uses {
    CXTranslationUnit tu;
    CXFile main;
    struct macro_use *items;
    int count;
    struct macro_def *defs;
    int ndefs;
    int *holders; /* indices into defs of the macros that hold one */
    int nholders;
};

static int is_ident_byte(char c) {
    return isalnum((unsigned char)c) || c == '_';
}

/* Is name a whole word of text? */
static int names(const char *text, size_t len, const char *name) {
    size_t n = strlen(name);
    for (const char *p = text, *end = text + len; (p = memmem(p, (size_t)(end - p), name, n));
         p += n)
        if ((p == text || !is_ident_byte(p[-1])) && (p + n == end || !is_ident_byte(p[n])))
            return 1;
    return 0;
}

static enum CXChildVisitResult collect_macro_def(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    struct macro_uses *mu = data;
    if (clang_getCursorKind(c) != CXCursor_MacroDefinition ||
        clang_Location_isInSystemHeader(clang_getCursorLocation(c)))
        return CXChildVisit_Continue;
    CXSourceRange r = clang_getCursorExtent(c);
    CXFile file;
    unsigned begin, end;
    size_t size;
    clang_getFileLocation(clang_getRangeStart(r), &file, NULL, NULL, &begin);
    clang_getFileLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &end);
    const char *text = file ? clang_getFileContents(mu->tu, file, &size) : NULL;
    CXString name = clang_getCursorSpelling(c);
    size_t skip = strlen(clang_getCString(name));
    if (text && end <= size && begin + skip <= end) {
        mu->defs = xrealloc(mu->defs, sizeof *mu->defs * (size_t)(mu->ndefs + 1));
        mu->defs[mu->ndefs++] = (struct macro_def){c, xstrdup(clang_getCString(name)),
                                                   text + begin + skip, end - begin - skip, 0};
    }
    clang_disposeString(name);
    return CXChildVisit_Continue;
}

/* Marks the macros that hold an sm _Pragma, directly or through others. */
static void add_holder(struct macro_uses *mu, int i) {
    mu->defs[i].holds = 1;
    mu->holders = xrealloc(mu->holders, sizeof *mu->holders * (size_t)(mu->nholders + 1));
    mu->holders[mu->nholders++] = i;
}

static void find_holders(struct macro_uses *mu) {
    clang_visitChildren(clang_getTranslationUnitCursor(mu->tu), collect_macro_def, mu);
    for (int i = 0; i < mu->ndefs; i++) {
        char *contents = NULL;
        struct macro_def *d = &mu->defs[i];
        /* the text test first: lexing every macro would cost */
        if (mentions_sm_pragma(d->body, d->len) && classify_macro(mu->tu, d->cursor, &contents))
            add_holder(mu, i);
        free(contents);
    }
    for (int known = 0; known < mu->nholders;) { /* until no new holder */
        int from = known;
        known = mu->nholders;
        for (int i = 0; i < mu->ndefs; i++)
            for (int h = from; !mu->defs[i].holds && h < known; h++)
                if (names(mu->defs[i].body, mu->defs[i].len, mu->defs[mu->holders[h]].name))
                    add_holder(mu, i);
    }
}

/* Does the macro named name hold an sm _Pragma, itself or through others? */
static int is_holder(const struct macro_uses *mu, const char *name) {
    for (int h = 0; h < mu->nholders; h++)
        if (strcmp(mu->defs[mu->holders[h]].name, name) == 0)
            return 1;
    return 0;
}

static int in_file(CXCursor c, CXFile file) {
    CXFile f;
    clang_getFileLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
    return f && clang_File_isEqual(f, file);
}

static void add_macro_use(struct macro_uses *mu, CXCursor use, char *contents, const char *name,
                          int indirect) {
    CXSourceRange r = clang_getCursorExtent(use);
    unsigned begin, end;
    clang_getFileLocation(clang_getRangeStart(r), NULL, NULL, NULL, &begin);
    clang_getFileLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &end);
    mu->items = xrealloc(mu->items, sizeof *mu->items * (size_t)(mu->count + 1));
    mu->items[mu->count++] = (struct macro_use){begin, end, contents, xstrdup(name), indirect};
}

/* Uses in the main file of macros that hold an sm _Pragma, themselves or
 * through other macros (one of another form than a directive macro,
 * defined in the main file, is reported at its #define instead). */
static enum CXChildVisitResult collect_macro_use(CXCursor c, CXCursor parent, CXClientData data) {
    (void)parent;
    struct macro_uses *mu = data;
    if (clang_getCursorKind(c) != CXCursor_MacroExpansion || !in_file(c, mu->main))
        return CXChildVisit_Continue;
    CXCursor def = clang_getCursorReferenced(c);
    if (clang_Cursor_isNull(def) || clang_Location_isInSystemHeader(clang_getCursorLocation(def)))
        return CXChildVisit_Continue;
    CXString name = clang_getCursorSpelling(c);
    if (is_holder(mu, clang_getCString(name))) { /* the rest hold none: no lexing */
        char *contents = NULL;
        int form = classify_macro(mu->tu, def, &contents);
        int indirect = form == 0; /* a holder without a _Pragma of its own */
        if (form > 0 || indirect || !in_file(def, mu->main))
            add_macro_use(mu, c, contents, clang_getCString(name), indirect);
    }
    clang_disposeString(name);
    return CXChildVisit_Continue;
}

static int by_begin(const void *a, const void *b) {
    const struct macro_use *x = a, *y = b;
    return (x->begin > y->begin) - (x->begin < y->begin);
}

/* The directive a use of a directive macro stands for; its tokens all
 * point at the use, where diagnostics about it belong. */
static int take_macro_use(const struct macro_use *m, struct sm_directive *d) {
    return take_pragma_text(m->contents, m->begin, 1, m->begin, m->end, d);
}

/* ---- Directives in headers ---------------------------------------------- */

struct headers {
    CXTranslationUnit tu;
    CXFile *seen;
    int count;
};

#define HEADER_ERROR                                                                               \
    "'%s' in a header is not rewritten: smpp rewrites only the file being compiled, and the "      \
    "compiler would ignore it; move the code into a .c file, or define the directive as a "        \
    "macro (#define NAME _Pragma(\"sm ...\")) and use that in the .c file"

/* Reports the directives of header file h: the compiler would ignore them.
 * A _Pragma("sm ...") in a #define is fine; its uses are checked. */
static void check_header(CXTranslationUnit tu, CXFile h) {
    size_t size;
    const char *text = clang_getFileContents(tu, h, &size);
    if (!text || !mentions_sm_pragma(text, size))
        return;
    struct sm_source hs = {NULL, (char *)text, size, NULL, 0};
    CXSourceRange all = clang_getRange(clang_getLocationForOffset(tu, h, 0),
                                       clang_getLocationForOffset(tu, h, (unsigned)size));
    struct raw_tokens rt = {0};
    clang_tokenize(tu, all, &rt.toks, &rt.count);
    CXSourceRangeList *skipped = clang_getSkippedRanges(tu, h);
    size_t pp_line_end = 0;
    for (unsigned i = 0; i < rt.count; i++) {
        size_t off = token_offset(tu, rt.toks[i]);
        if (off < pp_line_end || in_skipped_range(skipped, off))
            continue;
        if (token_is(tu, rt.toks[i], "#") && starts_line(&hs, off)) {
            pp_line_end = logical_line_end(&hs, off);
            if (i + 2 < rt.count && token_is(tu, rt.toks[i + 1], "pragma") &&
                token_is(tu, rt.toks[i + 2], "sm") &&
                token_offset(tu, rt.toks[i + 2]) < pp_line_end)
                diag_error_at(clang_getTokenLocation(tu, rt.toks[i]), HEADER_ERROR, "#pragma sm");
        } else if (is_sm_pragma_operator(tu, &rt, i)) {
            diag_error_at(clang_getTokenLocation(tu, rt.toks[i]), HEADER_ERROR,
                          "_Pragma(\"sm ...\")");
        }
    }
    clang_disposeSourceRangeList(skipped);
    clang_disposeTokens(tu, rt.toks, rt.count);
}

static void visit_inclusion(CXFile file, CXSourceLocation *stack, unsigned depth,
                            CXClientData data) {
    struct headers *hs = data;
    (void)stack;
    if (depth == 0 || clang_Location_isInSystemHeader(clang_getLocationForOffset(hs->tu, file, 0)))
        return;
    for (int i = 0; i < hs->count; i++)
        if (clang_File_isEqual(hs->seen[i], file))
            return;
    hs->seen = xrealloc(hs->seen, sizeof *hs->seen * (size_t)(hs->count + 1));
    hs->seen[hs->count++] = file;
    check_header(hs->tu, file);
}

/* ---- The main file --------------------------------------------------------- */

int find_directives(CXTranslationUnit tu, const struct sm_source *src, struct sm_directive **out) {
    struct headers hs = {tu, NULL, 0};
    clang_getInclusions(tu, visit_inclusion, &hs);
    free(hs.seen);

    CXFile file = clang_getFile(tu, src->path);
    CXSourceRange all = clang_getRange(clang_getLocationForOffset(tu, file, 0),
                                       clang_getLocationForOffset(tu, file, (unsigned)src->size));
    struct raw_tokens rt = {0};
    clang_tokenize(tu, all, &rt.toks, &rt.count);
    rt.offsets = xcalloc(rt.count + 1, sizeof *rt.offsets);
    for (unsigned i = 0; i < rt.count; i++)
        rt.offsets[i] = token_offset(tu, rt.toks[i]);
    CXSourceRangeList *skipped = clang_getSkippedRanges(tu, file);

    struct macro_uses mu = {tu, file, NULL, 0, NULL, 0, NULL, 0};
    find_holders(&mu);
    clang_visitChildren(clang_getTranslationUnitCursor(tu), collect_macro_use, &mu);
    if (mu.count > 1)
        qsort(mu.items, (size_t)mu.count, sizeof *mu.items, by_begin);
    int next_use = 0;

    struct sm_directive *dirs = NULL;
    int n = 0, cap = 0;
    size_t pp_line_end = 0; /* end of the preprocessor line being skipped */
    for (unsigned i = 0; i < rt.count; i++) {
        size_t off = rt.offsets[i];
        if (off < pp_line_end || in_skipped_range(skipped, off))
            continue;
        while (next_use < mu.count && mu.items[next_use].begin < off)
            next_use++;
        if (next_use < mu.count && mu.items[next_use].begin == off) {
            const struct macro_use *m = &mu.items[next_use++];
            struct sm_directive d = {0};
            if (!m->contents)
                diag_error(off, "macro '%s' holds '_Pragma(\"sm ...\")'%s: " MACRO_FORM_ERROR,
                           m->name, m->indirect ? " through another macro" : "");
            else if (take_macro_use(m, &d) == 0)
                add_directive(&dirs, &n, &cap, &d);
            else
                free_directive(&d);
            continue;
        }
        if (token_is(tu, rt.toks[i], "#") && starts_line(src, off)) {
            size_t line_end = logical_line_end(src, off);
            if (i + 2 < rt.count && rt.offsets[i + 2] < line_end &&
                token_is(tu, rt.toks[i + 1], "pragma") && token_is(tu, rt.toks[i + 2], "sm")) {
                struct sm_directive d = {0};
                if (take_hash_pragma(tu, &rt, i, line_end, &d) == 0)
                    add_directive(&dirs, &n, &cap, &d);
                else
                    free_directive(&d);
            }
            if (i + 1 < rt.count && token_is(tu, rt.toks[i + 1], "define"))
                check_define(tu, &rt, i + 2, line_end);
            pp_line_end = line_end;
            continue;
        }
        if (is_pragma_operator(tu, &rt, i)) {
            CXString cs = clang_getTokenSpelling(tu, rt.toks[i + 2]);
            char *contents = destringize(clang_getCString(cs));
            clang_disposeString(cs);
            if (is_sm_pragma_text(contents)) {
                struct sm_directive d = {0};
                if (take_pragma_operator(&rt, i, contents, rt.offsets[i + 2], &d) == 0)
                    add_directive(&dirs, &n, &cap, &d);
                else
                    free_directive(&d);
            }
            free(contents);
            i += 3;
        }
    }
    for (int k = 0; k < mu.count; k++) {
        free(mu.items[k].contents);
        free(mu.items[k].name);
    }
    free(mu.items);
    for (int k = 0; k < mu.ndefs; k++)
        free(mu.defs[k].name);
    free(mu.defs);
    free(mu.holders);
    clang_disposeSourceRangeList(skipped);
    clang_disposeTokens(tu, rt.toks, rt.count);
    free(rt.offsets);
    *out = dirs;
    return n;
}
