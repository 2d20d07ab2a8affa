/*
 * fromfile_io.c - one file transfer split over a team of workers.
 *
 * Parts are multiples of 2 MiB so no two workers touch the same page or
 * huge page of the buffer; workers report the first error through a shared
 * word.  Small transfers are done by the caller alone.
 */
#include <errno.h>
#include <stdint.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fromfile.h"
#include "os.h"
#include "sharedmem.h"

#define IO_ALIGN ((size_t)2 << 20)
#define IO_MIN_PART ((size_t)8 << 20)

static const __sm_loc io_loc = {__FILE__, __LINE__, 0, "sm_fromfile/sm_tofile"};

/* Faulting fresh pages in one by one costs more than the copy on some
 * machines (virtual ones above all); one call maps them all.  Best effort. */
void __sm_populate(void *p, size_t bytes) {
#ifdef MADV_POPULATE_WRITE
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t begin = (uintptr_t)p & ~(page - 1);
    uintptr_t end = ((uintptr_t)p + bytes + page - 1) & ~(page - 1);

    if (bytes > 0)
        madvise((void *)begin, end - begin, MADV_POPULATE_WRITE);
#else
    (void)p;
    (void)bytes;
#endif
}

static int transfer(int fd, char *buf, size_t bytes, off_t offset, int writing) {
    if (!writing)
        __sm_populate(buf, bytes);
    while (bytes > 0) {
        ssize_t n = writing ? pwrite(fd, buf, bytes, offset) : pread(fd, buf, bytes, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return EIO;
        buf += n;
        bytes -= (size_t)n;
        offset += n;
    }
    return 0;
}

static size_t part_begin(size_t bytes, int w, int nworkers) {
    size_t units = (bytes + IO_ALIGN - 1) / IO_ALIGN;
    size_t begin = units * (size_t)w / (size_t)nworkers * IO_ALIGN;
    return begin < bytes ? begin : bytes;
}

static int team_size(size_t bytes) {
    size_t parts = bytes / IO_MIN_PART;
    int n = sm_max_workers();

    return parts < (size_t)n ? (parts > 0 ? (int)parts : 1) : n;
}

int __sm_io_parallel(int fd, char *buf, size_t bytes, off_t offset, int writing) {
    int nworkers = team_size(bytes), w, err;
    _Atomic int *first_error;

    if (nworkers == 1)
        return transfer(fd, buf, bytes, offset, writing);
    first_error = sm_map_shared(sizeof *first_error);
    if (!first_error)
        return transfer(fd, buf, bytes, offset, writing);
    w = __sm_parallel_begin(&io_loc, nworkers, 1);
    nworkers = sm_num_workers();
    size_t lo = part_begin(bytes, w, nworkers), hi = part_begin(bytes, w + 1, nworkers);
    err = transfer(fd, buf + lo, hi - lo, offset + (off_t)lo, writing);
    if (err) {
        int none = 0;
        atomic_compare_exchange_strong(first_error, &none, err);
    }
    __sm_parallel_end();
    err = atomic_load(first_error);
    munmap(first_error, sizeof *first_error);
    return err;
}
