/*
 * fromfile_memfd.c - a large sm_fromfile without copying through user
 * memory.
 *
 * Copying into user memory (pread) is slow on some virtual machines, while
 * the kernel copies between files fast.  So each part of the file is
 * sendfile'd into a memfd of its own, by the part's thread, and the memfds
 * are then mapped (MAP_SHARED | MAP_FIXED) over the heap block the array
 * was given.  The block stays an ordinary large block: workers forked later
 * inherit the mapping, and sm_free releases the pages with MADV_REMOVE,
 * which frees the memfd's pages; the memfds are closed at once, the
 * mappings keep them alive.  The block must be fresh from the page
 * allocator (no pages of its own) or the heap's old pages under the new
 * mapping would be lost, hence the size limit in fromfile.c.
 */
#include <errno.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fromfile.h"

/* Part k covers [begin(k), begin(k + 1)) of the file's bytes, and of the
 * block up to the page that holds the last byte. */
static size_t part_end(size_t bytes, int part, int nparts, size_t mapped) {
    return part + 1 == nparts ? mapped : __sm_io_part_begin(bytes, part + 1, nparts);
}

static int make_memfds(int *memfd, int nparts, size_t bytes, size_t mapped) {
    for (int k = 0; k < nparts; k++) {
        size_t lo = __sm_io_part_begin(bytes, k, nparts);
        memfd[k] = memfd_create("sm_fromfile", MFD_CLOEXEC);
        if (memfd[k] < 0 || ftruncate(memfd[k], (off_t)(part_end(bytes, k, nparts, mapped) - lo)))
            return -1;
    }
    return 0;
}

static int map_over(char *data, const int *memfd, int nparts, size_t bytes, size_t mapped) {
    for (int k = 0; k < nparts; k++) {
        size_t lo = __sm_io_part_begin(bytes, k, nparts);
        size_t len = part_end(bytes, k, nparts, mapped) - lo;
        if (mmap(data + lo, len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, memfd[k], 0) ==
            MAP_FAILED)
            return -1;
    }
    return 0;
}

int __sm_fromfile_memfd(int fd, char *data, size_t bytes, off_t offset) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE), mapped = (bytes + page - 1) / page * page;
    int nparts = __sm_io_parts(bytes), memfd[IO_MAX_PARTS], err = ENOMEM;

    for (int k = 0; k < nparts; k++)
        memfd[k] = -1;
    if (make_memfds(memfd, nparts, bytes, mapped) == 0) {
        struct io_request r = {IO_SENDFILE, fd, NULL, memfd, bytes, offset};
        err = __sm_io_parallel(&r);
    }
    if (!err && map_over(data, memfd, nparts, bytes, mapped) != 0)
        err = errno;
    for (int k = 0; k < nparts; k++)
        if (memfd[k] >= 0)
            close(memfd[k]);
    return err;
}
