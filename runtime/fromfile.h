/*
 * fromfile.h - parallel file transfers behind sm_fromfile and sm_tofile,
 * internal to libsharedmem.
 */
#ifndef SM_FROMFILE_H
#define SM_FROMFILE_H

#include <stddef.h>
#include <sys/types.h>

enum io_op {
    IO_PREAD,   /* file -> buf */
    IO_PWRITE,  /* buf -> file */
    IO_SENDFILE /* file -> memfd[part], each part at the memfd's offset 0 */
};

/* One transfer of bytes at the file's offset, cut into io_parts(bytes)
 * contiguous parts of multiples of 2 MiB, each moved by one thread. */
struct io_request {
    enum io_op op;
    int fd;
    char *buf;
    const int *memfd;
    size_t bytes;
    off_t offset;
};

#define IO_MAX_PARTS 256

int __sm_io_parts(size_t bytes); /* 1 .. IO_MAX_PARTS */
size_t __sm_io_part_begin(size_t bytes, int part, int nparts);

/* Returns 0, or the errno of the first failure (EIO: the file ended early). */
int __sm_io_parallel(const struct io_request *r);

/* Fills data, a fresh heap block of at least bytes bytes, with the file's
 * bytes at offset, by kernel copies into memfds mapped over the block.
 * Returns 0, or nonzero when the kernel refused (data is then unchanged). */
int __sm_fromfile_memfd(int fd, char *data, size_t bytes, off_t offset);

#endif
