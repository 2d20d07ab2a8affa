/* depfile.c - dependency files (-MD, -MMD) that name the user's files. */
#include "depfile.h"
#include "fixup.h"

#include <string.h>
#include <sys/stat.h>

/* The object (target) name cc uses in its dependency file. */
static const char *default_target(const struct options *o, const char *source) {
    if (o->out)
        return o->out;
    return xasprintf("%s.o", path_stem(path_base(source)));
}

const char *deps_file(const struct options *o, const char *source) {
    if (o->deps.file)
        return o->deps.file;
    if (o->out)
        return xasprintf("%s.d", path_stem(o->out));
    return xasprintf("%s.d", path_stem(path_base(source)));
}

int deps_file_is_stream(const char *file) {
    struct stat st;
    return strcmp(file, "-") == 0 || (stat(file, &st) == 0 && !S_ISREG(st.st_mode));
}

void deps_args(const struct options *o, const char *source, int explicit_names, const char *cc_file,
               struct strvec *out) {
    const struct deps *d = &o->deps;
    if (!d->kind)
        return;
    sv_push(out, d->kind);
    if (d->phony)
        sv_push(out, "-MP");
    if (d->missing_ok)
        sv_push(out, "-MG");
    if (d->file || explicit_names) {
        sv_push(out, "-MF");
        sv_push(out, cc_file ? cc_file : deps_file(o, source));
    }
    sv_extend(out, &d->targets);
    if (d->targets.len == 0 && explicit_names) {
        sv_push(out, "-MQ");
        sv_push(out, default_target(o, source));
    }
}

/* A file name as make reads it in a dependency file. */
static char *make_escaped(const char *name) {
    char *s = xmalloc(2 * strlen(name) + 1), *p = s;
    for (; *name; name++) {
        if (*name == ' ' || *name == '#' || *name == '\\')
            *p++ = '\\';
        else if (*name == '$')
            *p++ = '$';
        *p++ = *name;
    }
    *p = '\0';
    return s;
}

int deps_fix(const char *in, const char *out, const char *rewritten, const char *source) {
    return replace_in_file(in, out, make_escaped(rewritten), make_escaped(source));
}
