// An ordered block outside a loop construct is an error (orphaned ordered
// is not supported).
// RUN: not %smpp %s 2>&1 | FileCheck %s

void work(void);

void f(void) {
#pragma sm parallel
    {
#pragma sm ordered
        work();
    }
}
// CHECK: ordered-error-outside-loop.c:10:12: error: 'ordered' must be inside a '#pragma sm for' loop with the 'ordered' clause
