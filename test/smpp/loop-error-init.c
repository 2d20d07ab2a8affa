// A loop must set its iteration variable first.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int i, int n) {
#pragma sm parallel for
    for (; i < n; i++)
        ;
}
// CHECK: loop-error-init.c:6:9: error: the loop must start by setting its iteration variable: 'for (int i = lo; ...' or 'for (i = lo; ...'
