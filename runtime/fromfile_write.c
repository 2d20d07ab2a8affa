/*
 * fromfile_write.c - sm_tofile: an array to a file, written by threads
 * in parallel to a temporary file in the same directory that is renamed
 * over path only when every byte is written, so path is never left
 * truncated and a failure leaves no temporary file behind.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "fromfile.h"
#include "sharedmem.h"

static int fail(const char *path, int err, const char *what) {
    __sm_error_set("sm_tofile: %s: %s", path, what ? what : strerror(err));
    errno = err;
    return -1;
}

/* Creates path.sm-tmp.PID.N (mode 0666 less the umask, like fopen). */
static int create_temp(const char *path, char *tmp, size_t len) {
    static unsigned counter;

    for (int tries = 0; tries < 100; tries++) {
        int fd;
        if ((size_t)snprintf(tmp, len, "%s.sm-tmp.%d.%u", path, (int)getpid(), counter++) >= len)
            return errno = ENAMETOOLONG, -1;
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return errno = EEXIST, -1;
}

static int write_and_rename(const char *path, const char *tmp, int fd, const void *data,
                            size_t bytes) {
    struct io_request r = {IO_PWRITE, fd, (char *)data, NULL, bytes, 0};
    int err = __sm_io_parallel(&r);

    if (close(fd) != 0 && !err)
        err = errno;
    if (!err && rename(tmp, path) != 0)
        err = errno;
    if (err)
        unlink(tmp);
    return err;
}

int sm_tofile(const char *path, const void *data, size_t size, size_t count) {
    char tmp[4096];
    size_t bytes;
    int fd, err;

    if (!path || __builtin_mul_overflow(size, count, &bytes) || (!data && bytes))
        return fail(path ? path : "(null)", EINVAL,
                    !path   ? "path is NULL"
                    : !data ? "data is NULL"
                            : "size * count overflows");
    fd = create_temp(path, tmp, sizeof tmp);
    if (fd < 0)
        return fail(path, errno, NULL);
    err = write_and_rename(path, tmp, fd, data, bytes);
    return err ? fail(path, err, NULL) : 0;
}
