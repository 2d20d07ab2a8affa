/*
 * util.h - allocation, string vectors and path helpers for smcc.
 *
 * smcc is a short-lived driver: allocations are kept on a global list (so
 * they stay reachable for leak checkers) and released once at exit.
 */
#ifndef SMCC_UTIL_H
#define SMCC_UTIL_H

#include <stddef.h>

void *xmalloc(size_t size);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void xfree_all(void);

/* A growable, NULL-terminated argument vector; items are not copied. */
struct strvec {
    const char **items;
    size_t len;
    size_t cap;
};

void sv_push(struct strvec *sv, const char *s);
void sv_extend(struct strvec *dst, const struct strvec *src);
/* The vector as an argv: always NULL-terminated, even when empty. */
char *const *sv_argv(struct strvec *sv);

int has_suffix(const char *s, const char *suffix);
int starts_with(const char *s, const char *prefix);
/* Last component of a path ("a/b.c" -> "b.c"). */
const char *path_base(const char *path);
/* Directory of a path ("a/b.c" -> "a", "b.c" -> "."). */
char *path_dir(const char *path);
int is_executable_file(const char *path);
/* The first executable file called name in a directory of PATH for which
 * skip (if not NULL) is false; NULL if there is none. */
char *find_in_path(const char *name, int (*skip)(const char *path));
/* The whole file, NUL-terminated, its length in *len; NULL if unreadable. */
char *read_whole_file(const char *path, size_t *len);
/* path without its extension, if the last component has one. */
char *path_stem(const char *path);

#endif /* SMCC_UTIL_H */
