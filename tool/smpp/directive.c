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

/* _Pragma ( "sm ..." ) : tokens i .. i+3. */
static int take_pragma_operator(const struct raw_tokens *rt, unsigned i, const char *contents,
                                size_t string_offset, struct sm_directive *d) {
    struct sm_token *toks = NULL;
    size_t skip = 0;
    while (isspace((unsigned char)contents[skip]))
        skip++;
    skip += 2; /* "sm" */
    int n = lex_pragma_string(contents + skip, string_offset + 1 + skip, &toks);
    d->begin = rt->offsets[i];
    d->end = rt->offsets[i + 3] + 1;
    d->is_pragma_operator = 1;
    d->name_offset = n > 0 ? toks[0].offset : string_offset;
    int rc = parse_directive(d, toks, n, d->end);
    free_tokens(toks, n);
    return rc;
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

/* A directive in a macro body would apply wherever the macro expands, but
 * smpp rewrites the file's text, not the expansions: it would be dropped
 * (the compiler ignores an unknown pragma).  Tokens i .. line_end are a
 * #define line. */
static void reject_directive_in_define(CXTranslationUnit tu, const struct raw_tokens *rt,
                                       unsigned i, size_t line_end) {
    for (; i < rt->count && rt->offsets[i] < line_end; i++)
        if (is_sm_pragma_operator(tu, rt, i))
            diag_error(rt->offsets[i],
                       "'_Pragma(\"sm ...\")' in a macro is not supported: smpp rewrites "
                       "directives where they are written, not where a macro expands; write "
                       "'#pragma sm ...' before the statement instead");
}

int find_directives(CXTranslationUnit tu, const struct sm_source *src, struct sm_directive **out) {
    CXFile file = clang_getFile(tu, src->path);
    CXSourceRange all = clang_getRange(clang_getLocationForOffset(tu, file, 0),
                                       clang_getLocationForOffset(tu, file, (unsigned)src->size));
    struct raw_tokens rt = {0};
    clang_tokenize(tu, all, &rt.toks, &rt.count);
    rt.offsets = xcalloc(rt.count + 1, sizeof *rt.offsets);
    for (unsigned i = 0; i < rt.count; i++)
        rt.offsets[i] = token_offset(tu, rt.toks[i]);
    CXSourceRangeList *skipped = clang_getSkippedRanges(tu, file);

    struct sm_directive *dirs = NULL;
    int n = 0, cap = 0;
    size_t pp_line_end = 0; /* end of the preprocessor line being skipped */
    for (unsigned i = 0; i < rt.count; i++) {
        size_t off = rt.offsets[i];
        if (off < pp_line_end || in_skipped_range(skipped, off))
            continue;
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
                reject_directive_in_define(tu, &rt, i + 2, line_end);
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
    clang_disposeSourceRangeList(skipped);
    clang_disposeTokens(tu, rt.toks, rt.count);
    free(rt.offsets);
    *out = dirs;
    return n;
}
