// A directive continued over several lines is replaced by code that keeps
// the same number of lines, so the statement after it stays on its line.
// RUN: %smpp %s | FileCheck %s

void work(int);

void f(int n) {
#pragma sm parallel \
    num_workers(n)   \
    if(n > 1)
    work(__LINE__);
}

// CHECK: void f(int n) {
// CHECK-NEXT: __sm_parallel_begin(&__sm_loc_0, (n), ((n > 1) != 0)); {
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT: work(__LINE__); } __sm_parallel_end(); }
