// default(none): every variable the region uses must be listed, once per
// variable; loop variables, variables declared inside, variables private
// to an inner construct and const variables need not be, and a variable
// listed on the region may be reduced by an inner loop.
// RUN: not %smpp %s 2>&1 | FileCheck %s --implicit-check-not=error:

void work(int, int);

void f(int n, int m) {
    const int k = 3;
    int i, sum = 0, t;
#pragma sm parallel default(none) shared(n, sum)
    {
        int inside = m;
#pragma sm for reduction(+ : sum) private(t)
        for (i = 0; i < n; i++) {
            t = i + k + inside;
            sum += t;
            work(t, m);
        }
    }
}
// CHECK: ds-error-default-none.c:14:22: error: variable 'm' must be listed in a data-sharing clause because of 'default(none)'
