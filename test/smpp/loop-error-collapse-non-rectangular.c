// A collapsed inner loop whose bounds use an outer iteration variable
// (a triangular nest) is rejected.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
#pragma sm parallel for collapse(2)
    for (int i = 0; i < n; i++)
        for (int j = i; j < n; j++)
            ;
}
// CHECK: loop-error-collapse-non-rectangular.c:8:22: error: the bounds of a collapsed loop cannot depend on 'i', the iteration variable of an enclosing collapsed loop (non-rectangular loop nests are not supported)
