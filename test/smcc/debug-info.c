// Debug information names the user's file, not the rewritten copy in
// $TMPDIR.
// RUN: rm -rf %t.tmp && mkdir %t.tmp
// RUN: TMPDIR=%t.tmp %smcc -g -O2 -c %s -o %t.o
// RUN: readelf --debug-dump=info %t.o | FileCheck %s
// RUN: readelf --debug-dump=info,line %t.o | not grep %t.tmp
// CHECK: DW_TAG_compile_unit
// CHECK: DW_AT_name {{.*}}: {{[^ ]*}}debug-info.c{{$}}
int debug_info(void);
int debug_info(void) {
    int x = 0;
#pragma sm parallel
    x = 1;
    return x;
}
