/* util.c - memory, growable strings, source positions. */
#include "smpp.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(void) {
    fputs("smpp: error: out of memory\n", stderr);
    exit(1);
}

void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory();
    return p;
}

void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        out_of_memory();
    return p;
}

void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p)
        out_of_memory();
    return p;
}

char *xstrdup(const char *s) {
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n) {
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void buf_add(struct sm_buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->data = xrealloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void buf_puts(struct sm_buf *b, const char *s) {
    buf_add(b, s, strlen(s));
}

void buf_printf(struct sm_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    char *tmp = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(tmp, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf_add(b, tmp, (size_t)n);
    free(tmp);
}

char *buf_take(struct sm_buf *b) {
    char *s = b->data ? b->data : xstrdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void source_index_lines(struct sm_source *src) {
    size_t cap = 64;
    src->line_starts = xmalloc(sizeof *src->line_starts * cap);
    src->line_starts[0] = 0;
    src->nlines = 1;
    for (size_t i = 0; i < src->size; i++) {
        if (src->text[i] != '\n')
            continue;
        if (src->nlines == cap) {
            cap *= 2;
            src->line_starts = xrealloc(src->line_starts, sizeof *src->line_starts * cap);
        }
        src->line_starts[src->nlines++] = i + 1;
    }
}

/* Binary search: the last line starting at or before offset. */
static void indexed_line_col(const struct sm_source *src, size_t offset, unsigned *line,
                             unsigned *col) {
    size_t lo = 0, hi = src->nlines;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (src->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    *line = (unsigned)(lo + 1);
    *col = (unsigned)(offset - src->line_starts[lo] + 1);
}

void source_line_col(const struct sm_source *src, size_t offset, unsigned *line, unsigned *col) {
    unsigned l = 1, c = 1;
    if (offset > src->size)
        offset = src->size;
    if (src->line_starts) {
        indexed_line_col(src, offset, line, col);
        return;
    }
    for (size_t i = 0; i < offset; i++) {
        if (src->text[i] == '\n') {
            l++;
            c = 1;
        } else {
            c++;
        }
    }
    *line = l;
    *col = c;
}

char *c_string_literal(const char *s) {
    struct sm_buf b = {0};
    buf_puts(&b, "\"");
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            buf_printf(&b, "\\%c", ch);
        else if (ch < 0x20 || ch >= 0x7f)
            buf_printf(&b, "\\%03o", ch);
        else
            buf_add(&b, (const char *)&ch, 1);
    }
    buf_puts(&b, "\"");
    return buf_take(&b);
}
