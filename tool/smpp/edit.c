/*
 * edit.c - edits of the original text (replacements and insertions at
 * byte offsets) and the writer that applies them while keeping every line
 * of the user's code on its original line number.
 */
#include "smpp.h"

#include <stdlib.h>
#include <string.h>

static void add(struct sm_edits *e, size_t begin, size_t end, const char *text) {
    if (e->count == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 64;
        e->items = xrealloc(e->items, sizeof *e->items * (size_t)e->cap);
    }
    e->items[e->count++] = (struct sm_edit){begin, end, xstrdup(text), e->next_seq++};
}

void edits_replace(struct sm_edits *e, size_t begin, size_t end, const char *text) {
    add(e, begin, end, text);
}

void edits_insert(struct sm_edits *e, size_t at, const char *text) {
    add(e, at, at, text);
}

static int by_position(const void *a, const void *b) {
    const struct sm_edit *x = a, *y = b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    /* Insertions before the replacement that starts at the same place. */
    if ((x->end == x->begin) != (y->end == y->begin))
        return x->end == x->begin ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void sort_edits(struct sm_edits *e) {
    if (e->count > 1) /* items is NULL when there are none */
        qsort(e->items, (size_t)e->count, sizeof *e->items, by_position);
}

static unsigned count_newlines(const char *s, size_t n) {
    unsigned c = 0;
    for (size_t i = 0; i < n; i++)
        c += s[i] == '\n';
    return c;
}

char *edits_take_text(struct sm_edits *e, const struct sm_source *src, size_t begin, size_t end) {
    struct sm_buf b = {0};
    size_t pos = begin;
    int kept = 0;
    sort_edits(e);
    for (int i = 0; i < e->count; i++) {
        struct sm_edit *ed = &e->items[i];
        int inside = ed->begin >= begin && ed->end <= end &&
                     !(ed->begin == ed->end && (ed->begin == begin || ed->begin == end));
        if (!inside) {
            e->items[kept++] = *ed;
            continue;
        }
        buf_add(&b, src->text + pos, ed->begin - pos);
        buf_puts(&b, ed->text);
        pos = ed->end;
        free(ed->text);
    }
    e->count = kept;
    buf_add(&b, src->text + pos, end - pos);
    return buf_take(&b);
}

static void write_line_directive(FILE *out, const struct sm_source *src, unsigned line) {
    char *lit = c_string_literal(src->path);
    fprintf(out, "\n#line %u %s\n", line, lit);
    free(lit);
}

int edits_write(struct sm_edits *e, const struct sm_source *src, const char *prologue, FILE *out) {
    sort_edits(e);
    if (prologue) {
        fputs(prologue, out);
        char *lit = c_string_literal(src->path);
        fprintf(out, "#line 1 %s\n", lit);
        free(lit);
    }
    size_t pos = 0;
    unsigned line = 1; /* line of the original text at pos */
    for (int i = 0; i < e->count; i++) {
        const struct sm_edit *ed = &e->items[i];
        if (ed->begin < pos) {
            fprintf(stderr, "smpp: internal error: overlapping edits at offset %zu\n", ed->begin);
            return -1;
        }
        fwrite(src->text + pos, 1, ed->begin - pos, out);
        line += count_newlines(src->text + pos, ed->begin - pos);
        size_t len = strlen(ed->text);
        unsigned replaced = count_newlines(src->text + ed->begin, ed->end - ed->begin);
        unsigned added = count_newlines(ed->text, len);
        fwrite(ed->text, 1, len, out);
        line += replaced;
        if (added < replaced) {
            for (unsigned k = added; k < replaced; k++)
                fputc('\n', out);
        } else if (added > replaced) {
            write_line_directive(out, src, line);
        }
        pos = ed->end;
    }
    fwrite(src->text + pos, 1, src->size - pos, out);
    return ferror(out) ? -1 : 0;
}
