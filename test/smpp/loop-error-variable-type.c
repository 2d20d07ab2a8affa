// The iteration variable must be an integer (up to 64 bits) or a pointer.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
#pragma sm parallel for
    for (double x = 0; x < n; x++)
        ;
}
// CHECK: loop-error-variable-type.c:6:10: error: the iteration variable 'x' must have an integer type of at most 64 bits or a pointer type, not 'double'
