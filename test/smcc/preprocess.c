// -E prints the rewritten, preprocessed source: the directive has become a
// runtime call and the user's lines are mapped back to the user's file.
// RUN: %smcc -E %s | FileCheck %s
// RUN: %smcc -E %s -o %t.i && FileCheck %s < %t.i
// CHECK-NOT: pragma sm
// CHECK: # {{[0-9]+}} "{{.*}}preprocess.c"
// CHECK: __sm_parallel_begin
// CHECK: preprocess_marker
int preprocess_marker(void);
int preprocess_marker(void) {
    int x = 0;
#pragma sm parallel
    x = 1;
    return x;
}
