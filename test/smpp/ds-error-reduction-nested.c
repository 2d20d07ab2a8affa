// A loop may not reduce a variable that the enclosing region already
// reduces: every worker's copy would receive the whole loop's result.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
    long s = 0;
#pragma sm parallel reduction(+ : s)
    {
#pragma sm for reduction(+ : s)
        for (int i = 0; i < n; i++)
            s += i;
    }
}
// CHECK: ds-error-reduction-nested.c:9:30: error: 's' is already a reduction variable of an enclosing construct; every worker would add the whole loop's result to it (remove one of the clauses)
