/*
 * main.c - smpp's command line; driver.c does the work.
 *
 *   smpp [options] FILE.c [-o OUT.c] [-- COMPILER-ARGS]
 */
#include "smpp.h"

#include <stdlib.h>
#include <string.h>

#define SMPP_VERSION "0.1.0"

static void usage(FILE *out) {
    fputs("usage: smpp [options] FILE.c [-o OUT.c] [-- COMPILER-ARGS]\n"
          "Rewrites the #pragma sm directives of FILE.c into calls to libsharedmem.\n"
          "\n"
          "  -o OUT.c              write to OUT.c instead of standard output\n"
          "  --serial              rewrite every directive into plain serial C\n"
          "  --backend=KIND        process (default), serial or openmp\n"
          "  -p BUILD_DIR          take FILE.c's flags from BUILD_DIR/compile_commands.json\n"
          "  -Wsm-lost-write       warn about writes a worker would lose (default)\n"
          "  -Wno-sm-lost-write    do not\n"
          "  -Werror=sm-lost-write make those warnings errors\n"
          "  -Werror               make every warning an error\n"
          "  --help, --version\n"
          "COMPILER-ARGS (-I -D -U -include -isystem -std= ...) make the file parse as the\n"
          "compiler sees it.\n",
          out);
}

static void add_cc_arg(struct smpp_options *o, const char *arg) {
    o->cc_args = xrealloc(o->cc_args, sizeof *o->cc_args * (size_t)(o->ncc_args + 1));
    o->cc_args[o->ncc_args++] = xstrdup(arg);
}

static int parse_args(int argc, char **argv, struct smpp_options *o) {
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else if (strcmp(a, "-o") == 0 && i + 1 < argc) {
            o->output = argv[++i];
        } else if (strcmp(a, "-p") == 0 && i + 1 < argc) {
            o->build_dir = argv[++i];
        } else if (strcmp(a, "--serial") == 0 || strcmp(a, "--backend=serial") == 0) {
            o->backend = BACKEND_SERIAL;
        } else if (strcmp(a, "--backend=process") == 0) {
            o->backend = BACKEND_PROCESS;
        } else if (strcmp(a, "--backend=openmp") == 0) {
            o->backend = BACKEND_OPENMP;
        } else if (strcmp(a, "-Wsm-lost-write") == 0) {
            diag_options.lost_write = WARN_ON;
        } else if (strcmp(a, "-Wno-sm-lost-write") == 0) {
            diag_options.lost_write = WARN_OFF;
        } else if (strcmp(a, "-Werror=sm-lost-write") == 0) {
            diag_options.lost_write = WARN_ERROR;
        } else if (strcmp(a, "-Werror") == 0) {
            diag_options.werror = 1;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            exit(0);
        } else if (strcmp(a, "--version") == 0) {
            printf("smpp (sharedmem) %s\n", SMPP_VERSION);
            exit(0);
        } else if (a[0] == '-' && a[1] != 0) {
            fprintf(stderr, "smpp: error: unknown option '%s'\n", a);
            return -1;
        } else if (!o->input) {
            o->input = a;
        } else {
            fprintf(stderr, "smpp: error: more than one input file ('%s' and '%s')\n", o->input, a);
            return -1;
        }
    }
    for (; i < argc; i++)
        add_cc_arg(o, argv[i]);
    if (!o->input) {
        usage(stderr);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv) {
    struct smpp_options o = {0};
    if (parse_args(argc, argv, &o))
        return 1;
    int rc = run_with_stack_guard(smpp_rewrite, &o);
    for (int i = 0; i < o.ncc_args; i++)
        free(o.cc_args[i]);
    free(o.cc_args);
    return rc;
}
