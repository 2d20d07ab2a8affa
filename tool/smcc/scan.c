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

int may_have_directives(const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat st;
    int found = -1;
    if (fstat(fd, &st) == 0) {
        found = 0;
        if (st.st_size > 0) {
            void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
            if (map != MAP_FAILED) {
                found = scan_buffer(map, (size_t)st.st_size);
                munmap(map, (size_t)st.st_size);
            }
        }
    }
    close(fd);
    return found;
}
