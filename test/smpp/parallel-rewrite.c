// A parallel region is rewritten in place: the directive's line opens the
// region with a fork-like call, the statement stays, and the region closes
// right after it, on the statement's last line.
// RUN: %smpp %s | FileCheck %s

void work(void);

void f(void) {
#pragma sm parallel
    work();
}

// CHECK: #include <sharedmem_abi.h>
// CHECK-NEXT: #line 1 "{{.*}}parallel-rewrite.c"
// CHECK: void f(void) {
// CHECK-NEXT: { static const __sm_loc __sm_loc_0 = {"{{.*}}parallel-rewrite.c", 9, 1, "parallel"}; (void)__sm_parallel_begin(&__sm_loc_0, 0, 1); {
// CHECK-NEXT: work(); } __sm_parallel_end(); }
// CHECK-NEXT: }
