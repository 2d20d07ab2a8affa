// -E prints the rewritten, preprocessed source: the directive has become a
// runtime call, and the line markers name the user's file, never the
// temporary rewritten copy (so the output is the same on every run).
// RUN: rm -rf %t.tmp && mkdir %t.tmp
// RUN: TMPDIR=%t.tmp %smcc -E %s | FileCheck %s
// RUN: TMPDIR=%t.tmp %smcc -E %s -o %t.i && FileCheck %s < %t.i
// RUN: not grep %t.tmp %t.i
// RUN: TMPDIR=%t.tmp %smcc -E %s | cmp - %t.i
// CHECK-NOT: pragma sm
// CHECK: # 1 "{{.*}}preprocess.c"
// CHECK: __sm_parallel_begin
// CHECK: preprocess_marker
int preprocess_marker(void);
int preprocess_marker(void) {
    int x = 0;
#pragma sm parallel
    x = 1;
    return x;
}
