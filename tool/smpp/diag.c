/*
 * diag.c - clang-style diagnostics: FILE:LINE:COL: error: MESSAGE.
 *
 * Back ends emit inner constructs first, so diagnostics are held and
 * printed in source order (a note stays after the diagnostic it belongs
 * to) when the run ends: diag_reset() flushes them.
 */
#include "smpp.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sm_diag_options diag_options = {WARN_ON, 0};

static const struct sm_source *diag_src;
static int errors;

void diag_set_source(const struct sm_source *src) {
    diag_src = src;
}

int diag_error_count(void) {
    return errors;
}

struct held {
    size_t key; /* offset of the diagnostic a note belongs to, else its own */
    int seq;
    char *text;
};

static struct held *held;
static int nheld, held_cap;

static int by_place(const void *a, const void *b) {
    const struct held *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->seq > y->seq) - (x->seq < y->seq);
}

void diag_flush(void) {
    if (nheld)
        qsort(held, (size_t)nheld, sizeof *held, by_place);
    for (int i = 0; i < nheld; i++) {
        fputs(held[i].text, stderr);
        free(held[i].text);
    }
    nheld = 0;
}

void diag_reset(void) {
    diag_flush();
    free(held);
    held = NULL;
    held_cap = 0;
    diag_src = NULL;
    errors = 0;
}

static void hold(size_t offset, int is_note, char *text) {
    static size_t last_key;
    if (nheld == held_cap) {
        held_cap = held_cap ? held_cap * 2 : 16;
        held = xrealloc(held, sizeof *held * (size_t)held_cap);
    }
    if (!is_note)
        last_key = offset;
    held[nheld] = (struct held){last_key, nheld, text};
    nheld++;
}

/* Holds "WHERE: SEVERITY: MESSAGE [FLAG]" (b holds WHERE) under key. */
static void report_at(struct sm_buf *b, const char *severity, size_t key, const char *flag,
                      const char *fmt, va_list ap) {
    buf_printf(b, "%s: ", severity);
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    char *msg = xmalloc((size_t)(n > 0 ? n : 0) + 1);
    vsnprintf(msg, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
    buf_puts(b, msg);
    free(msg);
    if (flag)
        buf_printf(b, " [%s%s]", strcmp(severity, "error") == 0 ? "-Werror=" : "-W", flag);
    buf_puts(b, "\n");
    hold(key, strcmp(severity, "note") == 0, buf_take(b));
}

static void report(const char *severity, size_t offset, const char *flag, const char *fmt,
                   va_list ap) {
    struct sm_buf b = {0};
    unsigned line = 0, col = 0;
    if (diag_src) {
        source_line_col(diag_src, offset, &line, &col);
        buf_printf(&b, "%s:%u:%u: ", diag_src->path, line, col);
    } else {
        buf_puts(&b, "smpp: ");
    }
    report_at(&b, severity, offset, flag, fmt, ap);
}

void diag_error_at(CXSourceLocation loc, const char *fmt, ...) {
    struct sm_buf b = {0};
    CXFile file;
    unsigned line, col;
    clang_getFileLocation(loc, &file, &line, &col, NULL);
    CXString name = clang_getFileName(file);
    buf_printf(&b, "%s:%u:%u: ", clang_getCString(name), line, col);
    clang_disposeString(name);
    va_list ap;
    va_start(ap, fmt);
    report_at(&b, "error", 0, NULL, fmt, ap);
    va_end(ap);
    errors++;
}

void diag_error(size_t offset, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report("error", offset, NULL, fmt, ap);
    va_end(ap);
    errors++;
}

void diag_warning(const char *flag, size_t offset, const char *fmt, ...) {
    enum sm_warning_state state = WARN_ON;
    if (strcmp(flag, "sm-lost-write") == 0)
        state = diag_options.lost_write;
    if (state == WARN_OFF)
        return;
    if (diag_options.werror)
        state = WARN_ERROR;
    va_list ap;
    va_start(ap, fmt);
    report(state == WARN_ERROR ? "error" : "warning", offset, flag, fmt, ap);
    va_end(ap);
    if (state == WARN_ERROR)
        errors++;
}

void diag_note(size_t offset, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report("note", offset, NULL, fmt, ap);
    va_end(ap);
}
