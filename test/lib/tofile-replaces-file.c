// sm_tofile replaces an existing, longer file entirely (no stale tail),
// creates files with mode 0666 less the umask, and writes zero items as an
// empty file.
// RUN: %rtcc
// RUN: rm -rf %t.d && mkdir %t.d && printf 'a much longer old content' > %t.d/out
// RUN: %t %t.d/out
// RUN: FileCheck --check-prefix=NEW --match-full-lines %s < %t.d/out
// RUN: stat -c '%%a %%s' %t.d/out %t.d/out.empty | FileCheck --check-prefix=STAT %s
// NEW: new
// STAT: 640 4
// STAT-NEXT: 640 0
#include <sharedmem.h>
#include <stdio.h>
#include <sys/stat.h>

int main(int argc, char **argv) {
    char empty[4096];
    (void)argc;
    umask(027);
    if (sm_tofile(argv[1], "new\n", 1, 4) != 0)
        return printf("%s\n", sm_last_error()), 1;
    snprintf(empty, sizeof empty, "%s.empty", argv[1]);
    if (sm_tofile(empty, NULL, 8, 0) != 0)
        return printf("%s\n", sm_last_error()), 1;
    return 0;
}
