/*
 * fromfile.h - parallel pread/pwrite behind sm_fromfile and sm_tofile,
 * internal to libsharedmem.
 */
#ifndef SM_FROMFILE_H
#define SM_FROMFILE_H

#include <stddef.h>
#include <sys/types.h>

/* Moves bytes between buf and fd at offset with a team of workers, each
 * doing one contiguous part.  buf must be shared memory when reading.
 * Returns 0, or the errno of the first failure (EIO: the file ended early). */
int __sm_io_parallel(int fd, char *buf, size_t bytes, off_t offset, int writing);

/* Maps in the pages of [p, p + bytes) for writing now (best effort). */
void __sm_populate(void *p, size_t bytes);

#endif
