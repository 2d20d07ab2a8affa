// NaNs of either sign sort after +inf, in index order; -0.0 and 0.0 are
// equal keys, so they keep index order too.
// RUN: %rtcc -lm
// RUN: %t | FileCheck %s
// CHECK: 4 7 0 2 5 3 1 6
#include <math.h>
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    double keys[] = {-1, NAN, 0.0, INFINITY, -INFINITY, -0.0, -NAN, -2};
    size_t perm[8];
    if (sm_argsort_f64(keys, 8, perm) != 0)
        return 1;
    for (int i = 0; i < 8; i++)
        printf("%zu ", perm[i]);
    printf("\n");
    return 0;
}
