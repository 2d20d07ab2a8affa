/*
 * driver.c - one run of the rewriter: read the file, parse it with
 * libclang, run the pipeline (directives -> clauses -> attach -> back end),
 * write the rewritten translation unit.  Callable in-process (the fuzzer).
 */
#include "smpp.h"

#include <clang-c/CXCompilationDatabase.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- Compiler arguments for libclang ---------------------------------- */

/* Options that take their value as the next argument. */
static int takes_value(const char *a) {
    static const char *const opts[] = {
        "-o", "-MF", "-MT", "-MQ",      "-include",    "-isystem", "-iquote", "-idirafter", "-I",
        "-D", "-U",  "-x",  "-Xlinker", "-Xassembler", "-imacros", "-L",      "-l"};
    for (size_t i = 0; i < sizeof opts / sizeof *opts; i++)
        if (strcmp(a, opts[i]) == 0)
            return 1;
    return 0;
}

/* Does libclang need this option to parse the file as the compiler does? */
static int affects_parse(const char *a) {
    static const char *const prefixes[] = {"-I",       "-D",        "-U",         "-include",
                                           "-isystem", "-iquote",   "-idirafter", "-imacros",
                                           "-std=",    "--sysroot", "-O",         "-nostdinc"};
    static const char *const exact[] = {"-m32",  "-m64",     "-funsigned-char", "-fsigned-char",
                                        "-ansi", "-fopenmp", "-pthread"};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (strncmp(a, prefixes[i], strlen(prefixes[i])) == 0)
            return 1;
    for (size_t i = 0; i < sizeof exact / sizeof *exact; i++)
        if (strcmp(a, exact[i]) == 0)
            return 1;
    return 0;
}

static void add_parse_args(char ***out, int *n, char *const *args, int nargs, const char *input) {
    for (int i = 0; i < nargs; i++) {
        const char *a = args[i];
        int with_value = takes_value(a) && i + 1 < nargs;
        if (affects_parse(a)) {
            *out = xrealloc(*out, sizeof **out * (size_t)(*n + 2));
            (*out)[(*n)++] = xstrdup(a);
            if (with_value)
                (*out)[(*n)++] = xstrdup(args[++i]);
            continue;
        }
        if (with_value)
            i++;
        (void)input;
    }
}

/* Flags of `input` from BUILD_DIR/compile_commands.json. */
static int args_from_database(const char *build_dir, const char *input, char ***out, int *n) {
    CXCompilationDatabase_Error err;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(build_dir, &err);
    if (err != CXCompilationDatabase_NoError) {
        fprintf(stderr, "smpp: error: cannot load %s/compile_commands.json\n", build_dir);
        return -1;
    }
    char *abs = realpath(input, NULL);
    CXCompileCommands cmds = clang_CompilationDatabase_getCompileCommands(db, abs ? abs : input);
    int found = clang_CompileCommands_getSize(cmds) > 0;
    if (found) {
        CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, 0);
        unsigned nargs = clang_CompileCommand_getNumArgs(cmd);
        char **args = xcalloc(nargs, sizeof *args);
        for (unsigned i = 0; i < nargs; i++) {
            CXString s = clang_CompileCommand_getArg(cmd, i);
            args[i] = xstrdup(clang_getCString(s));
            clang_disposeString(s);
        }
        /* -I paths in the database are relative to the command's directory. */
        CXString dir = clang_CompileCommand_getDirectory(cmd);
        char *cwd = getcwd(NULL, 0);
        if (chdir(clang_getCString(dir)) == 0) {
            for (unsigned i = 1; i < nargs; i++) {
                if (strncmp(args[i], "-I", 2) == 0 && args[i][2] && args[i][2] != '/') {
                    char *p = realpath(args[i] + 2, NULL);
                    if (p) {
                        struct sm_buf b = {0};
                        buf_printf(&b, "-I%s", p);
                        free(args[i]);
                        args[i] = buf_take(&b);
                        free(p);
                    }
                }
            }
            if (cwd && chdir(cwd) != 0)
                perror("smpp: chdir");
        }
        free(cwd);
        clang_disposeString(dir);
        add_parse_args(out, n, args + 1, (int)nargs - 1, input);
        for (unsigned i = 0; i < nargs; i++)
            free(args[i]);
        free(args);
    } else {
        fprintf(stderr, "smpp: error: %s is not in %s/compile_commands.json\n", input, build_dir);
    }
    clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    free(abs);
    return found ? 0 : -1;
}

/* ---- Reading and writing ------------------------------------------------- */

/* libclang takes C strings, and so does everything after it. */
static int reject_nul(const struct sm_source *src) {
    size_t at = strlen(src->text);
    if (at == src->size)
        return 0;
    unsigned line, col;
    source_line_col(src, at, &line, &col);
    fprintf(stderr, "%s:%u:%u: error: file contains a NUL byte\n", src->path, line, col);
    return -1;
}

static int read_source(const char *path, struct sm_source *src) {
    FILE *f = fopen(path, "rb");
    struct stat st;
    if (!f || fstat(fileno(f), &st) != 0 || S_ISDIR(st.st_mode)) {
        fprintf(stderr, "smpp: error: cannot read '%s': %s\n", path,
                f ? "is a directory" : strerror(errno));
        if (f)
            fclose(f);
        return -1;
    }
    struct sm_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        fprintf(stderr, "smpp: error: cannot read '%s'\n", path);
        free(b.data);
        return -1;
    }
    src->path = path;
    src->size = b.len;
    src->text = buf_take(&b);
    return reject_nul(src);
}

/* The temporary output file, removed if we are interrupted. */
static char *pending_output;

static void remove_pending_output(int sig) {
    if (pending_output)
        unlink(pending_output);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void catch_interrupts(void) {
    int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
        signal(sigs[i], remove_pending_output);
}

/* /dev/null, a FIFO, a terminal: written in place, never renamed over. */
static int is_special_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

static int write_special(struct sm_unit *u, const char *prologue, const char *output) {
    FILE *f = fopen(output, "w");
    int rc = f ? edits_write(&u->edits, &u->src, prologue, f) : -1;
    if (f)
        rc |= fclose(f);
    if (rc)
        fprintf(stderr, "smpp: error: cannot write '%s': %s\n", output, strerror(errno));
    return rc;
}

/* Writes next to the output and renames, so a failure never leaves a
 * half-written file. */
static int write_output(struct sm_unit *u, const char *prologue, const struct smpp_options *o) {
    const char *output = o->output;
    FILE *stream = o->out_stream ? o->out_stream : output ? NULL : stdout;
    if (stream)
        return edits_write(&u->edits, &u->src, prologue, stream) || fflush(stream) ? -1 : 0;
    if (is_special_file(output))
        return write_special(u, prologue, output);
    struct sm_buf tmp = {0};
    buf_printf(&tmp, "%s.XXXXXX", output);
    pending_output = buf_take(&tmp);
    catch_interrupts();
    int fd = mkstemp(pending_output);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        fprintf(stderr, "smpp: error: cannot write '%s': %s\n", output, strerror(errno));
        return -1;
    }
    fchmod(fd, 0644);
    int rc = edits_write(&u->edits, &u->src, prologue, f);
    rc |= fclose(f);
    if (rc == 0 && rename(pending_output, output) != 0)
        rc = -1;
    if (rc != 0) {
        fprintf(stderr, "smpp: error: cannot write '%s': %s\n", output, strerror(errno));
        unlink(pending_output);
    }
    char *done = pending_output;
    pending_output = NULL;
    free(done);
    return rc;
}

/* ---- The pipeline ------------------------------------------------------ */

static int report_parse_errors(CXTranslationUnit tu) {
    int errors = 0;
    unsigned n = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            CXString s = clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions());
            fprintf(stderr, "%s\n", clang_getCString(s));
            clang_disposeString(s);
            errors++;
        }
        clang_disposeDiagnostic(d);
    }
    if (errors)
        fputs("smpp: note: the errors above are clang's: smpp parses the file with libclang to "
              "rewrite its directives, so code that gcc accepts but clang does not (nested "
              "functions, some GNU extensions) must move to a file without sharedmem "
              "directives\n",
              stderr);
    return errors;
}

static const char *prologue_for(enum sm_backend backend) {
    switch (backend) {
    case BACKEND_PROCESS:
        return "#include <sharedmem_abi.h>\n";
    case BACKEND_SERIAL:
        /* The sm_ API answers as for a team of one: debug mode, in which
         * every region (and sm_map) runs in the master alone. */
        return "#include <sharedmem_abi.h>\n"
               "static void __attribute__((constructor, used)) __sm_serial_init(void) "
               "{ sm_set_debug(1); }\n";
    case BACKEND_OPENMP:
        return "";
    }
    return "";
}

static int load_source(const struct smpp_options *o, struct sm_source *src) {
    if (!o->contents)
        return read_source(o->input, src);
    src->path = o->input;
    src->size = o->size;
    src->text = xmalloc(o->size + 1);
    memcpy(src->text, o->contents, o->size);
    src->text[o->size] = 0;
    return reject_nul(src);
}

static void free_args(char **args, int nargs) {
    for (int i = 0; i < nargs; i++)
        free(args[i]);
    free(args);
}

static CXTranslationUnit parse(const struct smpp_options *o, CXIndex index) {
    char **args = NULL;
    int nargs = 0;
    if (o->build_dir && args_from_database(o->build_dir, o->input, &args, &nargs)) {
        free_args(args, nargs);
        return NULL;
    }
    add_parse_args(&args, &nargs, o->cc_args, o->ncc_args, o->input);
    args = xrealloc(args, sizeof *args * (size_t)(nargs + 1));
    args[nargs++] = xstrdup("-ferror-limit=0");

    struct CXUnsavedFile unsaved = {o->input, o->contents, (unsigned long)o->size};
    CXTranslationUnit tu = NULL;
    enum CXErrorCode rc = clang_parseTranslationUnit2(
        index, o->input, (const char *const *)args, nargs, &unsaved, o->contents ? 1 : 0,
        CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing, &tu);
    free_args(args, nargs);
    if (rc != CXError_Success) {
        fprintf(stderr, "smpp: error: cannot parse '%s' (libclang error %d)\n", o->input, rc);
        return NULL;
    }
    return tu;
}

/* Directives -> attach -> back end.  Returns 0 if the edits are complete. */
static int rewrite(struct sm_unit *u, CXTranslationUnit tu) {
    ast_build(&u->ast, tu, &u->src);
    if (attach_directives(u) || diag_error_count())
        return -1;
    switch (u->backend) {
    case BACKEND_PROCESS:
        emit_process(u);
        break;
    case BACKEND_SERIAL:
        emit_serial(u);
        break;
    case BACKEND_OPENMP:
        emit_openmp(u);
        break;
    }
    return diag_error_count() ? -1 : 0;
}

static int run_pipeline(const struct smpp_options *o, struct sm_unit *u, CXTranslationUnit tu) {
    if (report_parse_errors(tu))
        return 1;
    u->ndirs = find_directives(tu, &u->src, &u->dirs);
    if (u->ndirs == 0 && diag_error_count() == 0) /* the output is the input, unchanged */
        return write_output(u, NULL, o) ? 1 : 0;
    if (rewrite(u, tu))
        return 1;
    return write_output(u, prologue_for(u->backend), o) ? 1 : 0;
}

static void free_unit(struct sm_unit *u) {
    datasharing_free(u);
    for (int i = 0; i < u->ndirs; i++)
        free_directive(&u->dirs[i]);
    free(u->dirs);
    free(u->ast.nodes);
    for (int i = 0; i < u->edits.count; i++)
        free(u->edits.items[i].text);
    free(u->edits.items);
    free(u->src.text);
    free(u->src.line_starts);
}

int smpp_rewrite(const struct smpp_options *o) {
    struct sm_unit u = {0};
    int rc = 1;
    diag_reset();
    u.backend = o->backend;
    if (load_source(o, &u.src) == 0) {
        source_index_lines(&u.src);
        diag_set_source(&u.src);
        CXIndex index = clang_createIndex(0, 0);
        CXTranslationUnit tu = parse(o, index);
        if (tu) {
            rc = run_pipeline(o, &u, tu);
            clang_disposeTranslationUnit(tu);
        }
        clang_disposeIndex(index);
    }
    free_unit(&u);
    diag_reset();
    return rc;
}
