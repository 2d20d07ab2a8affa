// Debug information names the user's file, not the rewritten copy in
// $TMPDIR, so two builds of the same source give identical objects.
// RUN: rm -rf %t.tmp && mkdir %t.tmp
// RUN: TMPDIR=%t.tmp %smcc -g -O2 -c %s -o %t.1.o
// RUN: TMPDIR=%t.tmp %smcc -g -O2 -c %s -o %t.2.o
// RUN: cmp %t.1.o %t.2.o
// RUN: readelf --debug-dump=info %t.1.o | FileCheck %s
// RUN: readelf --debug-dump=info,line %t.1.o | not grep %t.tmp
// CHECK: DW_TAG_compile_unit
// CHECK: DW_AT_name {{.*}}: {{[^ ]*}}debug-info.c{{$}}
int debug_info(void);
int debug_info(void) {
    int x = 0;
#pragma sm parallel
    x = 1;
    return x;
}
