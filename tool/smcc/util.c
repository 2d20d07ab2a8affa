/* util.c - allocation, string vectors and path helpers for smcc. */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct block {
    struct block *next;
    max_align_t data[];
};

static struct block *all_blocks;

static void out_of_memory(void) {
    fputs("smcc: out of memory\n", stderr);
    exit(1);
}

void *xmalloc(size_t size) {
    struct block *b = malloc(sizeof *b + size);
    if (!b)
        out_of_memory();
    b->next = all_blocks;
    all_blocks = b;
    return b->data;
}

void xfree_all(void) {
    while (all_blocks) {
        struct block *next = all_blocks->next;
        free(all_blocks);
        all_blocks = next;
    }
}

char *xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

char *xasprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        out_of_memory();
    char *s = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

static void sv_reserve(struct strvec *sv, size_t extra) {
    if (sv->len + extra + 1 <= sv->cap)
        return;
    size_t cap = sv->cap ? sv->cap : 16;
    while (cap < sv->len + extra + 1)
        cap *= 2;
    const char **items = xmalloc(cap * sizeof *items);
    if (sv->len)
        memcpy(items, sv->items, sv->len * sizeof *items);
    sv->items = items;
    sv->cap = cap;
}

void sv_push(struct strvec *sv, const char *s) {
    sv_reserve(sv, 1);
    sv->items[sv->len++] = s;
    sv->items[sv->len] = NULL;
}

void sv_extend(struct strvec *dst, const struct strvec *src) {
    for (size_t i = 0; i < src->len; i++)
        sv_push(dst, src->items[i]);
}

char *const *sv_argv(struct strvec *sv) {
    sv_reserve(sv, 0);
    sv->items[sv->len] = NULL;
    return (char *const *)sv->items;
}

int has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

int starts_with(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

const char *path_base(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

char *path_dir(const char *path) {
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xstrdup(".");
    if (slash == path)
        return xstrdup("/");
    return xasprintf("%.*s", (int)(slash - path), path);
}

char *path_stem(const char *path) {
    const char *dot = strrchr(path_base(path), '.');
    if (!dot || dot == path_base(path))
        return xstrdup(path);
    return xasprintf("%.*s", (int)(dot - path), path);
}

int is_executable_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

char *read_whole_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0, got;
    char *buf = xmalloc(cap);
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = xmalloc(cap * 2);
            memcpy(bigger, buf, n);
            buf = bigger;
            cap *= 2;
        }
    }
    int failed = ferror(f);
    fclose(f);
    buf[n] = '\0'; /* the loop leaves n < cap */
    *len = n;
    return failed ? NULL : buf;
}

char *find_in_path(const char *name, int (*skip)(const char *path)) {
    const char *path = getenv("PATH");
    while (path && *path) {
        size_t n = strcspn(path, ":");
        char *candidate = xasprintf("%.*s/%s", (int)n, n ? path : ".", name);
        if (is_executable_file(candidate) && !(skip && skip(candidate)))
            return candidate;
        path += n + (path[n] == ':');
    }
    return NULL;
}
