// A variable may be in one data-sharing clause only.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
    int x = 0;
#pragma sm parallel for private(x) reduction(+ : x)
    for (int i = 0; i < n; i++)
        x += i;
}
// CHECK: ds-error-two-clauses.c:6:50: error: variable 'x' appears in more than one data-sharing clause ('private' and 'reduction')
