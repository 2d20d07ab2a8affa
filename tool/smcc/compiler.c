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

#define NESTED_MARK "SMCC_RUNNING_COMPILER"

static int is_smcc(const char *path) {
    struct stat self, other;
    return stat("/proc/self/exe", &self) == 0 && stat(path, &other) == 0 &&
           self.st_dev == other.st_dev && self.st_ino == other.st_ino;
}

/* The first cc in PATH that is not smcc: cc itself if that is the first
 * one found, so that commands echo as written; NULL if every one is smcc. */
static const char *search_path(const char *cc) {
    const char *first = find_in_path(cc, NULL);
    if (!first || !is_smcc(first))
        return cc;
    return find_in_path(cc, is_smcc);
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
