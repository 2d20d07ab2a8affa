/*
 * fromfile_io.c - one file transfer split over threads of the caller.
 *
 * A transfer runs no user code, so threads do it rather than forked
 * workers: forking copies the caller's page tables, and a new process pays
 * again for the first touch of every page of the buffer it copies from or
 * into, which on some virtual machines costs more than the copy.  Parts
 * are multiples of 2 MiB so no two threads touch the same page or huge
 * page of the buffer.  The parts are fixed in advance (a memfd is made for
 * each); the caller does those of threads that cannot be created.  Small
 * transfers, and those inside a parallel region or in debug mode, are done
 * by the caller alone.
 */
#include <errno.h>
#include <pthread.h>
#include <sys/sendfile.h>
#include <unistd.h>

#include "fromfile.h"
#include "internal.h"
#include "os.h"
#include "sharedmem.h"

#define IO_ALIGN ((size_t)2 << 20)
#define IO_MIN_PART ((size_t)8 << 20)

/* sendfile writes at the memfd's file position, which only this part's
 * thread moves. */
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
        sm_populate(buf, bytes);
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

    if (sm_in_parallel() || sm_debug_mode())
        return 1;

    return parts < (size_t)n ? (parts > 0 ? (int)parts : 1) : n;
}

struct io_thread {
    const struct io_request *r;
    int part, nparts, err;
    pthread_t tid;
};

static int transfer_part(const struct io_request *r, int part, int nparts) {
    size_t lo = __sm_io_part_begin(r->bytes, part, nparts);
    return transfer(r, part, lo, __sm_io_part_begin(r->bytes, part + 1, nparts));
}

static void *io_thread(void *p) {
    struct io_thread *t = p;
    t->err = transfer_part(t->r, t->part, t->nparts);
    return NULL;
}

int __sm_io_parallel(const struct io_request *r) {
    struct io_thread t[IO_MAX_PARTS];
    int nparts = __sm_io_parts(r->bytes), nthreads = 1, err;

    for (; nthreads < nparts; nthreads++) {
        t[nthreads] = (struct io_thread){r, nthreads, nparts, 0, 0};
        if (pthread_create(&t[nthreads].tid, NULL, io_thread, &t[nthreads]) != 0)
            break;
    }
    err = transfer_part(r, 0, nparts);
    for (int part = nthreads; part < nparts; part++)
        err = err ? err : transfer_part(r, part, nparts);
    for (int k = 1; k < nthreads; k++) {
        pthread_join(t[k].tid, NULL);
        err = err ? err : t[k].err;
    }
    return err;
}
