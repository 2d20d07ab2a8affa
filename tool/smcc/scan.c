/* scan.c - the cheap lexical test for sharedmem directives. */
#include "scan.h"

#include <ctype.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *skip_blanks(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

static int is_ident_char(char c) {
    return isalnum((unsigned char)c) || c == '_';
}

/* p points just after "pragma" or "_Pragma("; is "sm" the next word? */
static int sm_word_at(const char *p, const char *end) {
    p = skip_blanks(p, end);
    return end - p >= 2 && p[0] == 's' && p[1] == 'm' && (end - p == 2 || !is_ident_char(p[2]));
}

/* "#pragma sm": hit points at "pragma". */
static int hash_pragma_at(const char *base, const char *hit, const char *end) {
    const char *after = hit + strlen("pragma");
    const char *q = hit;
    while (q > base && (q[-1] == ' ' || q[-1] == '\t'))
        q--;
    return q > base && q[-1] == '#' && after < end && (*after == ' ' || *after == '\t') &&
           sm_word_at(after, end);
}

/* _Pragma("sm ..."): after points just past "_Pragma". */
static int operator_pragma_at(const char *after, const char *end) {
    const char *p = skip_blanks(after, end);
    if (p == end || *p++ != '(')
        return 0;
    p = skip_blanks(p, end);
    return p < end && *p == '"' && sm_word_at(p + 1, end);
}

static int scan_buffer(const char *buf, size_t len) {
    const char *end = buf + len;
    for (const char *p = buf; (p = memmem(p, (size_t)(end - p), "ragma", 5)) != NULL; p += 5) {
        if (p == buf)
            continue;
        if (p[-1] == 'p' && hash_pragma_at(buf, p - 1, end))
            return 1;
        if (p - buf >= 2 && p[-1] == 'P' && p[-2] == '_' && operator_pragma_at(p + 5, end))
            return 1;
    }
    return 0;
}

/* ---- Following #include ------------------------------------------------ */

#define MAX_HEADERS 4096 /* a bound on the walk, far above real include trees */

struct walk {
    const struct include_path *ip;
    dev_t dev[MAX_HEADERS];
    ino_t ino[MAX_HEADERS];
    size_t n;
};

/* Records the file; 0 if it was seen already or the walk is full. */
static int first_visit(struct walk *w, const struct stat *st) {
    for (size_t i = 0; i < w->n; i++)
        if (w->dev[i] == st->st_dev && w->ino[i] == st->st_ino)
            return 0;
    if (w->n == MAX_HEADERS)
        return 0;
    w->dev[w->n] = st->st_dev;
    w->ino[w->n++] = st->st_ino;
    return 1;
}

/* Strings come from smcc's arena (util.h), freed when smcc ends. */
static char *in_dir(const char *dir, const char *name) {
    char *path = xasprintf("%s/%s", dir, name);
    return access(path, R_OK) == 0 ? path : NULL;
}

static char *in_dirs(const struct strvec *dirs, const char *name) {
    char *path = NULL;
    for (size_t i = 0; !path && i < dirs->len; i++)
        path = in_dir(dirs->items[i], name);
    return path;
}

/* Where #include finds name outside the system directories, as cc
 * searches; NULL if only there (or nowhere). */
static char *resolve(const struct walk *w, const char *includer, const char *name, int quoted) {
    if (name[0] == '/')
        return access(name, R_OK) == 0 ? xasprintf("%s", name) : NULL;
    char *path = NULL;
    if (quoted) {
        path = in_dir(path_dir(includer), name);
        if (!path)
            path = in_dirs(&w->ip->quote, name);
    }
    return path ? path : in_dirs(&w->ip->dirs, name);
}

static int scan_tree(struct walk *w, const char *path);

/* The #include "name" or <name> that starts at line p, if any. */
static int follow_include(struct walk *w, const char *path, const char *p, const char *end) {
    p = skip_blanks(p, end);
    if (p == end || *p++ != '#')
        return 0;
    p = skip_blanks(p, end);
    size_t len = strlen("include");
    if ((size_t)(end - p) <= len || memcmp(p, "include", len) != 0 || is_ident_char(p[len]))
        return 0;
    p = skip_blanks(p + len, end);
    if (p == end || (*p != '"' && *p != '<'))
        return 0;
    char close = *p == '"' ? '"' : '>';
    const char *name = ++p;
    while (p < end && *p != close && *p != '\n')
        p++;
    if (p == end || *p != close || p == name)
        return 0;
    char *found = resolve(w, path, xasprintf("%.*s", (int)(p - name), name), close == '"');
    return found && scan_tree(w, found) > 0;
}

static int scan_includes(struct walk *w, const char *path, const char *buf, size_t len) {
    const char *end = buf + len;
    for (const char *line = buf; line < end;) {
        if (follow_include(w, path, line, end))
            return 1;
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        line = nl ? nl + 1 : end;
    }
    return 0;
}

/* 1 if path or a header it includes may hold a directive; 0 if not; -1 if
 * path cannot be read. */
static int scan_tree(struct walk *w, const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK); /* a FIFO must not block the scan */
    if (fd < 0)
        return -1;
    struct stat st;
    int found = -1;
    if (fstat(fd, &st) == 0) {
        found = 0;
        if (S_ISREG(st.st_mode) && first_visit(w, &st) && st.st_size > 0) {
            void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
            if (map != MAP_FAILED) {
                found = scan_buffer(map, (size_t)st.st_size) ||
                        (w->ip && scan_includes(w, path, map, (size_t)st.st_size));
                munmap(map, (size_t)st.st_size);
            }
        }
    }
    close(fd);
    return found;
}

int may_have_directives(const char *path, const struct include_path *ip,
                        const struct strvec *forced) {
    static struct walk w; /* large: not on the stack */
    w.ip = ip;
    w.n = 0;
    int found = scan_tree(&w, path);
    for (size_t i = 0; found == 0 && forced && i < forced->len; i++)
        found = scan_tree(&w, forced->items[i]) > 0;
    return found;
}
