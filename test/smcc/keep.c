// --sm-keep leaves the rewritten source beside the object as NAME.sm.c.
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: %smcc --sm-keep -c %s -o %t.dir/kept.o
// RUN: FileCheck %s < %t.dir/kept.sm.c
// CHECK: #line 1 "{{.*}}keep.c"
// CHECK: __sm_parallel_begin
int kept(void);
int kept(void) {
    int x = 0;
#pragma sm parallel
    x = 1;
    return x;
}
