// sm_tofile writes through a symbolic link (the link stays, its target gets
// the bytes), and refuses a FIFO, a link to one, a dangling link and a
// directory without replacing them.
// RUN: %rtcc
// RUN: rm -rf %t.d && mkdir %t.d && cd %t.d && printf old > target && ln -s target link
// RUN: mkfifo fifo && ln -s fifo fifolink && ln -s nowhere dangling && mkdir dir
// RUN: %t | FileCheck %s
// RUN: test -L link && test -p fifo && test -L fifolink && test -L dangling && test -d dir
// RUN: printf 'new\n' | cmp - target
// RUN: ls | FileCheck --check-prefix=LS --implicit-check-not=sm-tmp %s
// CHECK: link: 0
// CHECK-NEXT: fifo: sm_tofile: fifo: not a regular file (EINVAL)
// CHECK-NEXT: fifolink: sm_tofile: fifolink: not a regular file (EINVAL)
// CHECK-NEXT: dangling: sm_tofile: dangling: symbolic link to a file that does not exist (ENOENT)
// CHECK-NEXT: dir: sm_tofile: dir: Is a directory (EISDIR)
// LS: target
#include <errno.h>
#include <sharedmem.h>
#include <stdio.h>

static void write_to(const char *path) {
    if (sm_tofile(path, "new\n", 1, 4) == 0)
        printf("%s: 0\n", path);
    else
        printf("%s: %s (%s)\n", path, sm_last_error(),
               errno == EINVAL   ? "EINVAL"
               : errno == ENOENT ? "ENOENT"
               : errno == EISDIR ? "EISDIR"
                                 : "?");
}

int main(void) {
    write_to("link");
    write_to("fifo");
    write_to("fifolink");
    write_to("dangling");
    write_to("dir");
    return 0;
}
