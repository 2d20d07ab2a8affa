// When writing fails half-way (here: the file size limit, EFBIG, hit by
// the workers' pwrite), sm_tofile returns -1, the old file at path is
// untouched and no temporary file is left; same for a path in a missing
// directory and a path that is a directory.
// RUN: %rtcc
// RUN: rm -rf %t.d && mkdir %t.d %t.d/sub && printf 'old contents' > %t.d/out
// RUN: SM_NUM_WORKERS=2 %t %t.d | FileCheck %s
// RUN: ls -A %t.d | FileCheck --check-prefix=LS --implicit-check-not=sm-tmp %s
// CHECK: too big: -1 EFBIG [sm_tofile: {{.*}}/out: File too large]
// CHECK: out still holds: old contents
// CHECK: missing dir: -1 ENOENT
// CHECK: directory: -1 EISDIR
// LS: out
// LS: sub
#include <errno.h>
#include <sharedmem.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static void show(const char *what, int rc) {
    printf("%s: %d %s [%s]\n", what, rc,
           errno == EFBIG    ? "EFBIG"
           : errno == ENOENT ? "ENOENT"
           : errno == EISDIR ? "EISDIR"
                             : strerror(errno),
           sm_last_error());
}

int main(int argc, char **argv) {
    static char data[32 << 20];
    struct rlimit limit = {20 << 20, 20 << 20};
    char path[4096], buf[64] = {0};
    FILE *f;
    (void)argc;
    signal(SIGXFSZ, SIG_IGN);
    setrlimit(RLIMIT_FSIZE, &limit);
    memset(data, 'x', sizeof data);
    snprintf(path, sizeof path, "%s/out", argv[1]);
    show("too big", sm_tofile(path, data, 1, sizeof data));
    f = fopen(path, "r");
    printf("out still holds: %s\n", f && fgets(buf, sizeof buf, f) ? buf : "(nothing)");
    snprintf(path, sizeof path, "%s/missing/out", argv[1]);
    show("missing dir", sm_tofile(path, data, 1, 100));
    snprintf(path, sizeof path, "%s/sub", argv[1]);
    show("directory", sm_tofile(path, data, 1, 100));
    return 0;
}
