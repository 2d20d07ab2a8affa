// The loop may declare its iteration variable only.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
#pragma sm parallel for
    for (int i = 0, j = 0; i < n; i++)
        (void)j;
}
// CHECK: loop-error-two-declarations.c:6:10: error: the loop must declare only its iteration variable
