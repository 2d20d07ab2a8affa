/*
 * respfile.c - @file arguments (CMake's Ninja generator passes compile
 * flags this way).  The syntax is libiberty's, which gcc uses: arguments
 * are separated by white space; single or double quotes group, and a
 * backslash takes the next character literally, inside quotes too.
 */
#include "respfile.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

/* gcc's limit on @file expansions, so files that include each other end. */
#define MAX_EXPANSIONS 2000

static int is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Splits text into args (text is overwritten: each argument is copied
 * down in place, its quotes and backslashes removed). */
static void split(char *text, struct strvec *args) {
    char *in = text;

    for (;;) {
        while (is_space(*in))
            in++;
        if (!*in)
            return;
        char *arg = in, *out = in, quote = 0;
        while (*in && (quote || !is_space(*in))) {
            if (*in == '\\' && in[1]) {
                *out++ = in[1];
                in += 2;
            } else if (quote ? *in == quote : (*in == '\'' || *in == '"')) {
                quote = quote ? 0 : *in;
                in++;
            } else {
                *out++ = *in++;
            }
        }
        int more = *in != '\0';
        *out = '\0';
        sv_push(args, arg);
        if (!more)
            return;
        in++;
    }
}

int expand_response_files(int *argc, char ***argv) {
    struct strvec args = {0};
    int expansions = 0;

    for (int i = 0; i < *argc; i++)
        sv_push(&args, (*argv)[i]);
    for (size_t i = 1; i < args.len;) {
        size_t len;
        char *text = args.items[i][0] == '@' ? read_whole_file(args.items[i] + 1, &len) : NULL;
        if (!text) {
            i++;
            continue;
        }
        if (++expansions > MAX_EXPANSIONS) {
            fprintf(stderr,
                    "smcc: error: more than %d response files; do they include "
                    "each other?\n",
                    MAX_EXPANSIONS);
            return 1;
        }
        struct strvec inner = {0}, rest = {0};
        split(text, &inner);
        for (size_t j = i + 1; j < args.len; j++)
            sv_push(&rest, args.items[j]);
        args.len = i;
        sv_extend(&args, &inner);
        sv_extend(&args, &rest);
    }
    *argc = (int)args.len;
    *argv = (char **)sv_argv(&args);
    return 0;
}
