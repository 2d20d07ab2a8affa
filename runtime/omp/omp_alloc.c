/* omp_alloc.c - the sm_ allocation API over libc: threads share the heap. */
#include "omp_error.h"

#include <sharedmem.h>

#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *checked(void *p, const char *what) {
    if (!p)
        sm_omp_set_error(what, errno ? errno : ENOMEM);
    return p;
}

void *sm_empty(size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) {
        sm_omp_set_error("sm_empty", EOVERFLOW);
        return NULL;
    }
    size_t bytes = n * size;
    return checked(malloc(bytes ? bytes : 1), "sm_empty");
}

void *sm_zeros(size_t n, size_t size) {
    return checked(calloc(n ? n : 1, size ? size : 1), "sm_zeros");
}

void *sm_copy(const void *ptr, size_t bytes) {
    void *p = checked(malloc(bytes ? bytes : 1), "sm_copy");
    if (p && bytes)
        memcpy(p, ptr, bytes);
    return p;
}

void sm_free(void *ptr) {
    free(ptr);
}

void *sm_malloc(size_t size) {
    return malloc(size);
}

void *sm_calloc(size_t n, size_t size) {
    return calloc(n, size);
}

void *sm_realloc(void *ptr, size_t size) {
    return realloc(ptr, size);
}

int sm_posix_memalign(void **out, size_t align, size_t size) {
    return posix_memalign(out, align, size);
}

void *sm_aligned_alloc(size_t align, size_t size) {
    return aligned_alloc(align, size);
}

void *sm_reallocarray(void *ptr, size_t n, size_t size) {
    return reallocarray(ptr, n, size);
}

size_t sm_malloc_usable_size(void *ptr) {
    return malloc_usable_size(ptr);
}

ssize_t sm_getdelim(char **lineptr, size_t *n, int delim, FILE *stream) {
    return getdelim(lineptr, n, delim, stream);
}

ssize_t sm_getline(char **lineptr, size_t *n, FILE *stream) {
    return getline(lineptr, n, stream);
}

/* Every thread sees every heap byte: all memory is shared. */
int sm_is_shared(const void *ptr) {
    return ptr != NULL;
}
