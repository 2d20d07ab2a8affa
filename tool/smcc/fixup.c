/* fixup.c - replacing the rewritten file's name in what cc wrote. */
#include "fixup.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static void write_replaced(FILE *f, const char *text, size_t len, const char *from,
                           const char *to) {
    size_t flen = strlen(from);
    const char *end = text + len, *p = text, *hit;
    while ((hit = memmem(p, (size_t)(end - p), from, flen)) != NULL) {
        fwrite(p, 1, (size_t)(hit - p), f);
        fputs(to, f);
        p = hit + flen;
    }
    fwrite(p, 1, (size_t)(end - p), f);
}

int replace_in_file(const char *in, const char *out, const char *from, const char *to) {
    size_t len;
    char *text = read_whole_file(in, &len);
    if (out && strcmp(out, "-") == 0)
        out = NULL;
    FILE *f = !text ? NULL : out ? fopen(out, "wb") : stdout;
    if (!f) {
        fprintf(stderr, "smcc: error: cannot update %s: %s\n", out ? out : in, strerror(errno));
        return -1;
    }
    write_replaced(f, text, len, from, to);
    if (out ? fclose(f) != 0 : fflush(f) != 0) {
        fprintf(stderr, "smcc: error: cannot write %s: %s\n", out ? out : "standard output",
                strerror(errno));
        return -1;
    }
    return 0;
}
