/* diag.c - clang-style diagnostics: FILE:LINE:COL: error: MESSAGE. */
#include "smpp.h"

#include <stdarg.h>
#include <stdio.h>
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

void diag_reset(void) {
    diag_src = NULL;
    errors = 0;
}

static void report(const char *severity, size_t offset, const char *flag, const char *fmt,
                   va_list ap) {
    unsigned line = 0, col = 0;
    if (diag_src) {
        source_line_col(diag_src, offset, &line, &col);
        fprintf(stderr, "%s:%u:%u: %s: ", diag_src->path, line, col, severity);
    } else {
        fprintf(stderr, "smpp: %s: ", severity);
    }
    vfprintf(stderr, fmt, ap);
    if (flag)
        fprintf(stderr, " [%s%s]", strcmp(severity, "error") == 0 ? "-Werror=" : "-W", flag);
    fputc('\n', stderr);
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
