/*
 * heap_stdio.c - getline and getdelim on a line buffer of the shared heap.
 *
 * glibc's getdelim grows the caller's buffer with its own realloc, which
 * aborts on a block of the shared heap.  smcc renames the user's calls to
 * these: the line is read into a buffer of libc's, and the caller's buffer
 * is grown with sm_realloc.  Buffers from libc (or NULL) go to glibc as
 * they are.  sm_getline has a file of its own (heap_getline.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sharedmem.h"

ssize_t sm_getdelim(char **lineptr, size_t *n, int delim, FILE *stream) {
    char *line = NULL;
    size_t cap = 0;

    if (!lineptr || !n || !*lineptr || !sm_is_shared(*lineptr))
        return getdelim(lineptr, n, delim, stream);
    ssize_t len = getdelim(&line, &cap, delim, stream);
    if (len >= 0 && (size_t)len + 1 > *n) {
        char *bigger = sm_realloc(*lineptr, (size_t)len + 1);
        if (!bigger) {
            free(line);
            errno = ENOMEM;
            return -1;
        }
        *lineptr = bigger;
        *n = (size_t)len + 1;
    }
    if (len >= 0)
        memcpy(*lineptr, line, (size_t)len + 1);
    free(line);
    return len;
}

/* glibc's <stdio.h> inlines getline as a call of __getdelim at -O1 and
 * above, so smcc renames that name too. */
ssize_t sm___getdelim(char **lineptr, size_t *n, int delim, FILE *stream);

ssize_t sm___getdelim(char **lineptr, size_t *n, int delim, FILE *stream) {
    return sm_getdelim(lineptr, n, delim, stream);
}
