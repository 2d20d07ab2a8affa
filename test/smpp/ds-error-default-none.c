// default(none): every variable the region uses must be listed, once per
// variable; loop variables, variables declared inside and const variables
// need not be.
// RUN: not %smpp %s 2>&1 | FileCheck %s --implicit-check-not=error:

void work(int, int);

void f(int n, int m) {
    const int k = 3;
    int i;
#pragma sm parallel default(none) shared(n)
    {
        int inside = m;
#pragma sm for
        for (i = 0; i < n; i++)
            work(i + k + inside, m);
    }
}
// CHECK: ds-error-default-none.c:13:22: error: variable 'm' must be listed in a data-sharing clause because of 'default(none)'
