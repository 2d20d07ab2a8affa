/*
 * fromfile_io.c - one file transfer split over a team of workers.
 *
 * Parts are multiples of 2 MiB so no two workers touch the same page or
 * huge page of the buffer; workers report the first error through a shared
 * word.  The parts are fixed before the region (a memfd is made for each),
 * so a team smaller than planned does several.  Small transfers are done
 * by the caller alone.
 */
#include <errno.h>
#include <stdint.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
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

/* sendfile writes at the memfd's file position, which only this part's
 * worker moves. */
static ssize_t move(const struct io_request *r, int part, char *buf, size_t bytes, off_t offset) {
    switch (r->op) {
    case IO_PREAD:
        return pread(r->fd, buf, bytes, offset);
    case IO_PWRITE:
        return pwrite(r->fd, buf, bytes, offset);
    default:
        return sendfile(r->memfd[part], r->fd, &offset, bytes);
    }
}

static int transfer(const struct io_request *r, int part, size_t lo, size_t hi) {
    char *buf = r->buf ? r->buf + lo : NULL;
    size_t bytes = hi - lo;
    off_t offset = r->offset + (off_t)lo;

    if (r->op == IO_PREAD)
        __sm_populate(buf, bytes);
    while (bytes > 0) {
        ssize_t n = move(r, part, buf, bytes, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return EIO;
        if (buf)
            buf += n;
        bytes -= (size_t)n;
        offset += n;
    }
    return 0;
}

size_t __sm_io_part_begin(size_t bytes, int part, int nparts) {
    size_t units = (bytes + IO_ALIGN - 1) / IO_ALIGN;
    size_t begin = units * (size_t)part / (size_t)nparts * IO_ALIGN;
    return begin < bytes ? begin : bytes;
}

int __sm_io_parts(size_t bytes) {
    size_t parts = bytes / IO_MIN_PART;
    int n = sm_max_workers() < IO_MAX_PARTS ? sm_max_workers() : IO_MAX_PARTS;

    return parts < (size_t)n ? (parts > 0 ? (int)parts : 1) : n;
}

static int transfer_parts(const struct io_request *r, int first, int step, int nparts) {
    for (int part = first; part < nparts; part += step) {
        size_t lo = __sm_io_part_begin(r->bytes, part, nparts);
        int err = transfer(r, part, lo, __sm_io_part_begin(r->bytes, part + 1, nparts));
        if (err)
            return err;
    }
    return 0;
}

int __sm_io_parallel(const struct io_request *r) {
    int nparts = __sm_io_parts(r->bytes), w, err;
    _Atomic int *first_error;

    if (nparts == 1)
        return transfer_parts(r, 0, 1, 1);
    first_error = sm_map_shared(sizeof *first_error);
    if (!first_error)
        return transfer_parts(r, 0, 1, nparts);
    w = __sm_parallel_begin(&io_loc, nparts, 1);
    err = transfer_parts(r, w, sm_num_workers(), nparts);
    if (err) {
        int none = 0;
        atomic_compare_exchange_strong(first_error, &none, err);
    }
    __sm_parallel_end();
    err = atomic_load(first_error);
    munmap(first_error, sizeof *first_error);
    return err;
}
