// Two builds of the same source give identical objects: nothing in them
// names smcc's temporary copy.
// ASan and UBSan write the compiled file's own path into the object (GCC 12
// and clang 14 have no prefix map for it), and smcc compiles a copy with a
// new temporary name each time:
// UNSUPPORTED: sanitize
// RUN: rm -rf %t.tmp && mkdir %t.tmp
// RUN: TMPDIR=%t.tmp %smcc -g -O2 -c %s -o %t.1.o
// RUN: TMPDIR=%t.tmp %smcc -g -O2 -c %s -o %t.2.o
// RUN: cmp %t.1.o %t.2.o
// RUN: not grep -a %t.tmp %t.1.o
int reproducible(void);
int reproducible(void) {
    int x = 0;
#pragma sm parallel
    x = 1;
    return x;
}
