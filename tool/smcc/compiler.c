/*
 * compiler.c - which program is the real compiler.
 *
 * A directory of symlinks named cc, gcc... pointing at smcc, ahead in PATH
 * (ccache's masquerade setup), or SMCC_CC=smcc, would have smcc run itself
 * for ever.  Like ccache, smcc skips itself in PATH; a compiler that runs
 * smcc again by another way (a script) is caught by the environment mark
 * smcc leaves for its children.
 */
#include "compiler.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NESTED_MARK "SMCC_RUNNING_COMPILER"

static int is_smcc(const char *path) {
    struct stat self, other;
    return stat("/proc/self/exe", &self) == 0 && stat(path, &other) == 0 &&
           self.st_dev == other.st_dev && self.st_ino == other.st_ino;
}

/* The first cc in PATH that is not smcc: cc itself if that is the first
 * one found, so that commands echo as written. */
static const char *search_path(const char *cc) {
    const char *path = getenv("PATH");
    int skipped = 0;

    while (path && *path) {
        size_t n = strcspn(path, ":");
        char *candidate = xasprintf("%.*s/%s", (int)n, n ? path : ".", cc);
        if (is_executable_file(candidate)) {
            if (!is_smcc(candidate))
                return skipped ? candidate : cc;
            skipped = 1;
        }
        path += n + (path[n] == ':');
    }
    return skipped ? NULL : cc;
}

const char *real_compiler(const char *cc) {
    const char *found;

    if (getenv(NESTED_MARK)) {
        fprintf(stderr,
                "smcc: error: the compiler '%s' ran smcc again; set SMCC_CC to a real "
                "compiler\n",
                getenv(NESTED_MARK));
        return NULL;
    }
    if (strchr(cc, '/')) {
        found = is_smcc(cc) ? NULL : cc;
        if (!found)
            fprintf(stderr,
                    "smcc: error: the compiler '%s' is smcc itself; set SMCC_CC to a real "
                    "compiler\n",
                    cc);
    } else {
        found = search_path(cc);
        if (!found)
            fprintf(stderr,
                    "smcc: error: every '%s' in PATH is smcc itself; set SMCC_CC to a "
                    "real compiler\n",
                    cc);
    }
    if (!found)
        return NULL;
    setenv(NESTED_MARK, found, 1);
    return found;
}
