// The iteration variable is private to its loop; it can only be listed as
// private or lastprivate.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
    int i, s = 0;
#pragma sm parallel for reduction(+ : i)
    for (i = 0; i < n; i++)
        s++;
}
// CHECK: ds-error-loop-variable-clause.c:7:39: error: the iteration variable 'i' can only be 'private' or 'lastprivate', not 'reduction'
