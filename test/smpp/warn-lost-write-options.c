// -Wno-sm-lost-write silences the warning (and its note);
// -Werror=sm-lost-write makes it an error that fails the rewrite.
// RUN: %smpp -Wno-sm-lost-write %s 2>&1 >/dev/null | FileCheck %s --allow-empty --check-prefix=OFF
// RUN: not %smpp -Werror=sm-lost-write %s 2>&1 >/dev/null | FileCheck %s --check-prefix=ERR

int f(void) {
    int count = 0;
#pragma sm parallel
    count++;
    return count;
}
// OFF-NOT: {{.}}
// ERR: warn-lost-write-options.c:9:5: error: 'count' is written by workers but is private; the write is lost when the region ends [-Werror=sm-lost-write]
