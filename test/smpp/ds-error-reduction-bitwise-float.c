// Bitwise reductions need an integer variable.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
    double d = 0;
#pragma sm parallel for reduction(| : d)
    for (int i = 0; i < n; i++)
        ;
}
// CHECK: ds-error-reduction-bitwise-float.c:6:39: error: reduction '|' needs an integer variable; 'd' is 'double'
