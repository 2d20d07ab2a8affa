// Bounds and step are computed once, before the loop, so they cannot use
// the iteration variable.
// RUN: not %smpp %s 2>&1 | FileCheck %s

int next(int);

void f(int n) {
#pragma sm parallel for
    for (int k = 0; k < n; k += next(k))
        ;
}
// CHECK: loop-error-variant-step.c:9:33: error: the loop's step cannot use 'k': it is computed once, before the loop
