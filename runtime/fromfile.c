/*
 * fromfile.c - sm_fromfile: a file's items into a new shared array, read
 * by threads in parallel.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"
#include "fromfile.h"
#include "heap.h"
#include "os.h"
#include "sharedmem.h"

/* Larger blocks than the heap caches come fresh from its page allocator,
 * as the memfd path needs (fromfile_memfd.c). */
#define MEMFD_MIN ((size_t)16 << 20)
_Static_assert(MEMFD_MIN > (size_t)SM_HEAP_CACHE_MAX * SM_HEAP_CHUNK, "memfd blocks must be fresh");

static void *fail(const char *path, int err, const char *what) {
    __sm_error_set("sm_fromfile: %s: %s", path, what ? what : strerror(err));
    errno = err;
    return NULL;
}

/* Items of size bytes in the file from offset on, at most *count if set. */
static int items_to_read(const char *path, int fd, size_t size, const size_t *count, off_t offset,
                         size_t *n) {
    struct stat st;

    if (fstat(fd, &st) != 0)
        return fail(path, errno, NULL), -1;
    if (S_ISDIR(st.st_mode))
        return fail(path, EISDIR, NULL), -1;
    if (!S_ISREG(st.st_mode))
        return fail(path, EINVAL, "not a regular file"), -1;
    if (offset > st.st_size)
        return fail(path, EINVAL, "offset past the end of the file"), -1;
    *n = (size_t)(st.st_size - offset) / size;
    if (*count && *count < *n)
        *n = *count;
    return 0;
}

/* Where shared memory gets huge pages, the threads' pread faults the heap
 * block in 2 MiB at a time, and copies as fast as the memfd path, which
 * needs a page per 4 KiB.  Only the master outside a region may map over a
 * heap block: the mapping reaches the workers it forks later, and no
 * others. */
static int read_into(int fd, char *data, size_t bytes, off_t offset) {
    struct io_request r = {IO_PREAD, fd, data, NULL, bytes, offset};

    if (bytes >= MEMFD_MIN && !sm_in_parallel() && !sm_shared_huge_pages() &&
        __sm_fromfile_memfd(fd, data, bytes, offset) == 0)
        return 0;
    return __sm_io_parallel(&r);
}

static void *read_items(const char *path, int fd, size_t size, size_t n, off_t offset) {
    char *data = n ? sm_empty(n, size) : sm_empty(1, 1); /* no items: still a valid array */
    int err;

    if (!data)
        return fail(path, ENOMEM, "cannot allocate the array");
    err = read_into(fd, data, n * size, offset);
    if (err) {
        sm_free(data);
        return fail(path, err, err == EIO ? "file shorter than when opened" : NULL);
    }
    return data;
}

void *sm_fromfile(const char *path, size_t size, size_t *count, off_t offset) {
    size_t n;
    void *data = NULL;
    int fd;

    if (!path || !count || size == 0 || offset < 0)
        return fail(path ? path : "(null)", EINVAL,
                    !path       ? "path is NULL"
                    : !count    ? "count is NULL"
                    : size == 0 ? "item size 0"
                                : "negative offset");
    /* O_NONBLOCK: opening a FIFO must not wait for a writer before fstat
     * refuses it; reads of a regular file ignore the flag. */
    fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return fail(path, errno, NULL);
    if (items_to_read(path, fd, size, count, offset, &n) == 0)
        data = read_items(path, fd, size, n, offset);
    close(fd);
    if (data)
        *count = n;
    return data;
}
