/*
 * heap_getline.c - sm_getline, alone in its object: a program that defines
 * a getline of its own (the K&R exercise), which smcc renames to
 * sm_getline too, links without pulling this one in, even if it also
 * calls getdelim.
 */
#include <stdio.h>

#include "sharedmem.h"

ssize_t sm_getline(char **lineptr, size_t *n, FILE *stream) {
    return sm_getdelim(lineptr, n, '\n', stream);
}
