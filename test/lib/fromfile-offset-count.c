// The offset is in bytes; *count limits the items read (0: all) and
// returns how many were read; a partial last item is ignored; an offset at
// the end of the file reads nothing.
// RUN: %rtcc
// RUN: printf 'AAAABBBBCCCCDDDDEE' > %t.bin
// RUN: %t %t.bin | FileCheck %s
// CHECK: all: 4 items AAAABBBBCCCCDDDD
// CHECK: offset 4: 3 items BBBBCCCCDDDD
// CHECK: offset 2: 4 items AABBBBCCCCDDDDEE
// CHECK: count 2: 2 items AAAABBBB
// CHECK: count 9 at offset 8: 2 items CCCCDDDD
// CHECK: offset 18: 0 items
#include <sharedmem.h>
#include <stdio.h>

static void show(const char *what, const char *path, size_t want, off_t offset) {
    size_t count = want;
    char *data = sm_fromfile(path, 4, &count, offset);
    if (!data) {
        printf("%s: %s\n", what, sm_last_error());
        return;
    }
    printf("%s: %zu items %.*s\n", what, count, (int)(count * 4), data);
    sm_free(data);
}

int main(int argc, char **argv) {
    (void)argc;
    show("all", argv[1], 0, 0);
    show("offset 4", argv[1], 0, 4);
    show("offset 2", argv[1], 0, 2);
    show("count 2", argv[1], 2, 0);
    show("count 9 at offset 8", argv[1], 9, 8);
    show("offset 18", argv[1], 0, 18);
    return 0;
}
