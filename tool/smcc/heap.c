/* heap.c - the shared-heap redirection of compiled objects. */
#include "heap.h"
#include "run.h"
#include "util.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* glibc's <stdio.h> turns getline into a call of __getdelim at -O1 and
 * above: the runtime has sm___getdelim for it. */
static const char *const redirected[] = {
    "malloc",         "calloc",        "realloc",      "free",
    "posix_memalign", "aligned_alloc", "reallocarray", "malloc_usable_size",
    "getline",        "getdelim",      "__getdelim",   NULL,
};

/* A symbol name is a NUL-delimited string of the object's string table: if
 * none of the names occurs so delimited anywhere, objcopy would change
 * nothing, and the (much dearer) objcopy run is skipped. */
static int mentions_allocator(const char *buf, size_t len) {
    for (const char *const *name = redirected; *name; name++) {
        char needle[32];
        size_t n = strlen(*name);
        needle[0] = '\0';
        memcpy(needle + 1, *name, n + 1);
        if (memmem(buf, len, needle, n + 2))
            return 1;
    }
    return 0;
}

/* 1 if object may reference the malloc family, 0 if surely not (or if it
 * is no regular file, like -o /dev/null). */
static int needs_redirect(const char *object) {
    int fd = open(object, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 1;
    struct stat st;
    int found = 1;
    if (fstat(fd, &st) != 0)
        found = 1;
    else if (!S_ISREG(st.st_mode))
        found = 0;
    else if (st.st_size > 0) {
        void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map != MAP_FAILED) {
            found = mentions_allocator(map, (size_t)st.st_size);
            munmap(map, (size_t)st.st_size);
        }
    }
    close(fd);
    return found;
}

int redirect_heap(const char *object, int run_flags) {
    if (!(run_flags & RUN_SHOW) && !needs_redirect(object))
        return 0;
    const char *objcopy = getenv("SMCC_OBJCOPY");
    struct strvec cmd = {0};
    sv_push(&cmd, objcopy && *objcopy ? objcopy : "objcopy");
    for (const char *const *name = redirected; *name; name++) {
        sv_push(&cmd, "--redefine-sym");
        sv_push(&cmd, xasprintf("%s=sm_%s", *name, *name));
    }
    sv_push(&cmd, object[0] == '-' ? xasprintf("./%s", object) : object); /* not an option */
    return run_command(&cmd, run_flags);
}
