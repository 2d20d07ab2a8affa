/*
 * smpp_fuzz.c - libFuzzer target for the rewriter.
 *
 * The first byte picks the mode and the back end:
 *   bit 0 clear  the rest is a whole C file;
 *   bit 0 set    the rest is the text of a directive, spliced as
 *                "#pragma sm TEXT" at file scope and before a loop;
 *   (byte >> 1) % 3  process, serial or openmp back end.
 * The file is handed to libclang as an unsaved file: nothing touches disk.
 */
#include "smpp.h"

#include <stdint.h>
#include <stdlib.h>

static const char template_head[] = "int g[64];\n#pragma sm ";
static const char template_middle[] = "\nint f(int n) {\n    int s = 0;\n#pragma sm ";
static const char template_tail[] = "\n    for (int i = 0; i < n; i++)\n        s += g[i];\n"
                                    "    return s;\n}\n";

static FILE *discard;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    /* libclang's own signal handlers would hide crashes from the sanitizers. */
    setenv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1);
    discard = fopen("/dev/null", "w");
    return discard ? 0 : -1;
}

/* The directive text on one line: newlines and NULs become spaces. */
static void add_directive_text(struct sm_buf *b, const uint8_t *text, size_t size) {
    for (size_t i = 0; i < size; i++) {
        char c = (char)text[i];
        buf_add(b, c == '\n' || c == '\r' || c == 0 ? " " : &c, 1);
    }
}

static char *spliced(const uint8_t *text, size_t size, size_t *len) {
    struct sm_buf b = {0};
    buf_puts(&b, template_head);
    add_directive_text(&b, text, size);
    buf_puts(&b, template_middle);
    add_directive_text(&b, text, size);
    buf_puts(&b, template_tail);
    *len = b.len;
    return buf_take(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const enum sm_backend backends[] = {BACKEND_PROCESS, BACKEND_SERIAL, BACKEND_OPENMP};
    if (size == 0)
        return 0;
    struct smpp_options o = {0};
    o.input = "fuzz.c";
    o.out_stream = discard;
    o.backend = backends[(data[0] >> 1) % 3];
    char *text = NULL;
    if (data[0] & 1) {
        text = spliced(data + 1, size - 1, &o.size);
        o.contents = text;
    } else {
        o.contents = (const char *)data + 1;
        o.size = size - 1;
    }
    smpp_rewrite(&o);
    free(text);
    rewind(discard);
    return 0;
}
