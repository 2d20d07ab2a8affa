/*
 * fromfile_write.c - sm_tofile: an array to a file, written by threads
 * in parallel to a temporary file in the same directory that is renamed
 * over path only when every byte is written, so path is never left
 * truncated and a failure leaves no temporary file behind.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

/*
 * The file the bytes go to: path itself, or the file a symbolic link at
 * path names, so that the link survives.  An existing target that is not a
 * regular file is refused, since renaming over a FIFO or a device would
 * replace it.  Returns path or a malloc'ed name, or NULL with errno set.
 */
static char *resolve_target(const char *path, const char **why) {
    struct stat st;
    char *target = (char *)path;

    if (lstat(path, &st) != 0)
        return errno == ENOENT ? target : NULL;
    if (S_ISLNK(st.st_mode)) {
        target = realpath(path, NULL);
        if (!target) {
            if (errno == ENOENT)
                *why = "symbolic link to a file that does not exist";
            return NULL;
        }
        if (stat(target, &st) != 0)
            return free(target), NULL;
    }
    if (S_ISREG(st.st_mode))
        return target;
    if (target != path)
        free(target);
    *why = S_ISDIR(st.st_mode) ? NULL : "not a regular file";
    errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
    return NULL;
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
    const char *why = NULL;
    char tmp[4096], *target;
    size_t bytes;
    int fd, err;

    if (!path || __builtin_mul_overflow(size, count, &bytes) || (!data && bytes))
        return fail(path ? path : "(null)", EINVAL,
                    !path   ? "path is NULL"
                    : !data ? "data is NULL"
                            : "size * count overflows");
    target = resolve_target(path, &why);
    if (!target)
        return fail(path, errno, why);
    fd = create_temp(target, tmp, sizeof tmp);
    err = fd < 0 ? errno : write_and_rename(target, tmp, fd, data, bytes);
    if (target != path)
        free(target);
    return err ? fail(path, err, NULL) : 0;
}
