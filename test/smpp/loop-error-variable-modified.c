// The body may not change the iteration variable.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
#pragma sm parallel for
    for (int i = 0; i < n; i++) {
        if (i % 2)
            i++;
    }
}
// CHECK: loop-error-variable-modified.c:8:13: error: the iteration variable 'i' must not be modified in the loop body
