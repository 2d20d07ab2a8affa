/* paths.c - where smcc finds smpp, the runtime and its header. */
#include "paths.h"
#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#ifndef SMCC_LIBDIR
#define SMCC_LIBDIR "lib"
#endif

static char *self_path(const char *argv0) {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        buf[n] = '\0';
        return xstrdup(buf);
    }
    char *real = realpath(argv0, NULL);
    if (!real)
        return xstrdup(argv0);
    char *copy = xstrdup(real);
    free(real);
    return copy;
}

void find_paths(const char *argv0, struct sm_paths *p) {
    char *bindir = path_dir(self_path(argv0));
    char *prefix = path_dir(bindir);
    p->smpp = xasprintf("%s/smpp", bindir);
    p->include_dir = xasprintf("%s/include", prefix);
    p->lib_dir = xasprintf("%s/%s", prefix, SMCC_LIBDIR);
    if (access(p->lib_dir, F_OK) != 0)
        p->lib_dir = xasprintf("%s/lib", prefix);
}
