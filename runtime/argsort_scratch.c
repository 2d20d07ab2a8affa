/*
 * argsort_scratch.c - the typed sorts' scratch, kept from one call to the
 * next.
 *
 * On some virtual machines the first access of each page by a process
 * costs more than sorting the keys on it, and a page touched by several
 * threads at once costs them more still.  Scratch mapped afresh paid that
 * for every page in every call; kept, its pages are mapped in once.
 *
 * One mapping is kept: a header page, then the scratch.  A call takes it
 * (or maps a larger one) and gives it back, so concurrent calls never share
 * scratch.  The scratch is MADV_WIPEONFORK: fork neither copies its page
 * table entries nor makes the caller's pages copy-on-write, and a child
 * sees fresh zero pages there, still usable as scratch; the header page is
 * inherited as is, so a child knows the mapping's size.
 */
#include <errno.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "argsort.h"
#include "sharedmem.h"

struct kept_scratch {
    size_t map_bytes; /* the mapping, header page included */
    size_t page;
};

static _Atomic(struct kept_scratch *) kept;

static void *scratch_of(struct kept_scratch *s) {
    return (char *)s + s->page;
}

static struct kept_scratch *header_of(void *scratch) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    return (struct kept_scratch *)((char *)scratch - page);
}

static size_t scratch_bytes(const struct kept_scratch *s) {
    return s->map_bytes - s->page;
}

static void unmap(struct kept_scratch *s) {
    if (s)
        munmap(s, s->map_bytes);
}

static struct kept_scratch *map_scratch(size_t bytes) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t map_bytes = page + (bytes + page - 1) / page * page;
    struct kept_scratch *s;

    if (bytes > SIZE_MAX - 2 * page) {
        errno = ENOMEM;
        return NULL;
    }
    s = mmap(NULL, map_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (s == MAP_FAILED)
        return NULL;
    *s = (struct kept_scratch){map_bytes, page};
#ifdef MADV_WIPEONFORK
    madvise(scratch_of(s), map_bytes - page, MADV_WIPEONFORK);
#endif
    return s;
}

void *__sm_sort_scratch_take(size_t bytes) {
    struct kept_scratch *s = atomic_exchange(&kept, NULL);

    if (s && scratch_bytes(s) >= bytes)
        return scratch_of(s);
    unmap(s);
    s = map_scratch(bytes);
    return s ? scratch_of(s) : NULL;
}

/* The larger of this and any scratch given back meanwhile is kept. */
void __sm_sort_scratch_give_back(void *scratch) {
    struct kept_scratch *s = header_of(scratch), *other = atomic_exchange(&kept, s);

    if (other && scratch_bytes(other) > scratch_bytes(s))
        other = atomic_exchange(&kept, other);
    unmap(other);
}

void sm_argsort_release(void) {
    unmap(atomic_exchange(&kept, NULL));
}
