/*
 * shared_globals.c - globals defined with SM_SHARED_GLOBAL live in shared
 * memory for the whole program.
 *
 * SM_SHARED_GLOBAL puts a global, aligned to a page, in the section
 * sm_shared.  Before main (so before any fork) the pages of the section are
 * replaced by MAP_SHARED memory holding the same bytes; from then on every
 * process forked from this one writes to the same pages.
 *
 * A page may only be shared if nothing else lives on it.  The section starts
 * on a page boundary because its members are page-aligned; it ends on one
 * because the last member is normally end_pad below (libsharedmem is linked
 * after the objects that use it).  Both are checked: if anything else ended
 * up in the section's last page, the program stops rather than silently
 * sharing a foreign variable.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "os.h"
#include "sharedmem.h"

#define SM_PAGE 4096

/* Referenced from sharedmem_abi.h so that this file is linked in. */
char __sm_shared_globals_anchor;

extern char __start_sm_shared[] __attribute__((weak));
extern char __stop_sm_shared[] __attribute__((weak));

static char end_pad[SM_PAGE] __attribute__((section("sm_shared"), aligned(SM_PAGE), used));

static _Noreturn void refuse(const char *start, const char *stop, size_t page) {
    fprintf(stderr,
            "sharedmem: cannot share globals: section sm_shared [%p, %p) does not start and end "
            "on %zu-byte page boundaries, so it shares a page with other data.  Define shared "
            "globals only with SM_SHARED_GLOBAL and link libsharedmem after every object that "
            "defines one.\n",
            (const void *)start, (const void *)stop, page);
    exit(EXIT_FAILURE);
}

static void remap_shared(char *start, size_t len) {
    void *shm = sm_map_shared(len);
    if (!shm) {
        perror("sharedmem: shared globals: mmap");
        abort();
    }
    memcpy(shm, start, len);
    if (mremap(shm, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, start) == MAP_FAILED) {
        perror("sharedmem: shared globals: mremap");
        abort();
    }
}

__attribute__((constructor(101))) static void share_globals(void) {
    char *start = __start_sm_shared, *stop = __stop_sm_shared;
    if (!start || (start == end_pad && stop == end_pad + sizeof end_pad))
        return; /* no shared globals besides our own padding */
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    if ((uintptr_t)start % page || (uintptr_t)stop % page)
        refuse(start, stop, page);
    remap_shared(start, (size_t)(stop - start));
}
