/* depfile.c - dependency files (-MD, -MMD) that name the user's files. */
#include "depfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

void deps_args(const struct options *o, const char *source, int explicit_names,
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
        sv_push(out, deps_file(o, source));
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

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = xmalloc(cap);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = xmalloc(cap * 2);
            memcpy(bigger, buf, n);
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

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

int deps_fix(const char *file, const char *rewritten, const char *source) {
    size_t len;
    char *text = read_file(file, &len);
    FILE *f = text ? fopen(file, "wb") : NULL;
    if (!f) {
        fprintf(stderr, "smcc: error: cannot update %s: %s\n", file, strerror(errno));
        return -1;
    }
    write_replaced(f, text, len, make_escaped(rewritten), make_escaped(source));
    if (fclose(f) != 0) {
        fprintf(stderr, "smcc: error: cannot write %s: %s\n", file, strerror(errno));
        return -1;
    }
    return 0;
}
