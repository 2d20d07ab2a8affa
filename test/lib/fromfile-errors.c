// sm_fromfile fails with NULL, errno and a message for a missing file, a
// directory, a file that is not regular (a FIFO fails at once: no waiting
// for a writer), a NULL path, item size 0, a NULL count, and an offset that
// is negative or past the end of the file.
// RUN: %rtcc
// RUN: rm -rf %t.d && mkdir %t.d && printf 'abcdefgh' > %t.d/f && mkfifo %t.d/fifo
// RUN: timeout 20 %t %t.d | FileCheck %s
// CHECK: missing: ENOENT [sm_fromfile: {{.*}}/nope: No such file or directory]
// CHECK: directory: EISDIR [sm_fromfile: {{.*}}: Is a directory]
// CHECK: /dev/null: EINVAL [sm_fromfile: /dev/null: not a regular file]
// CHECK: fifo: EINVAL [sm_fromfile: {{.*}}/fifo: not a regular file]
// CHECK: NULL path: EINVAL [sm_fromfile: (null): path is NULL]
// CHECK: size 0: EINVAL [sm_fromfile: {{.*}}/f: item size 0]
// CHECK: NULL count: EINVAL [sm_fromfile: {{.*}}/f: count is NULL]
// CHECK: negative offset: EINVAL [sm_fromfile: {{.*}}/f: negative offset]
// CHECK: offset 9 of 8: EINVAL [sm_fromfile: {{.*}}/f: offset past the end of the file]
#include <errno.h>
#include <sharedmem.h>
#include <stdio.h>
#include <string.h>

static void show(const char *what, const char *path, size_t size, size_t *count, off_t offset) {
    void *p;
    errno = 0;
    p = sm_fromfile(path, size, count, offset);
    printf("%s: %s [%s]\n", what,
           p                 ? "SUCCEEDED"
           : errno == ENOENT ? "ENOENT"
           : errno == EISDIR ? "EISDIR"
           : errno == EINVAL ? "EINVAL"
                             : strerror(errno),
           sm_last_error());
}

int main(int argc, char **argv) {
    char missing[4096], file[4096], fifo[4096];
    size_t count = 0;
    (void)argc;
    snprintf(missing, sizeof missing, "%s/nope", argv[1]);
    snprintf(file, sizeof file, "%s/f", argv[1]);
    snprintf(fifo, sizeof fifo, "%s/fifo", argv[1]);
    show("missing", missing, 1, &count, 0);
    show("directory", argv[1], 1, &count, 0);
    show("/dev/null", "/dev/null", 1, &count, 0);
    show("fifo", fifo, 1, &count, 0);
    show("NULL path", NULL, 1, &count, 0);
    show("size 0", file, 0, &count, 0);
    show("NULL count", file, 1, NULL, 0);
    show("negative offset", file, 1, &count, -1);
    show("offset 9 of 8", file, 1, &count, 9);
    return 0;
}
