// Reductions are over arithmetic types only.
// RUN: not %smpp %s 2>&1 | FileCheck %s

struct S {
    int a;
};

void f(int n) {
    struct S s = {0};
    int *p = 0;
#pragma sm parallel for reduction(+ : s, p)
    for (int i = 0; i < n; i++)
        ;
}
// CHECK: ds-error-reduction-struct.c:11:39: error: reduction on 'struct S' variable 's' is not supported
// CHECK: ds-error-reduction-struct.c:11:42: error: reduction on 'int *' variable 'p' is not supported
