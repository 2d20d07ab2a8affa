// The private copy of a lastprivate variable is never read uninitialised,
// so -O2 -Wall -Werror builds (gcc's -Wmaybe-uninitialized) pass.
// RUN: %smcc -O2 -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-2: q 10
#include <stdio.h>

static void f(const int *arr) {
    int q = 0;
#pragma sm parallel for lastprivate(q)
    for (int i = 0; i < 10; i++)
        q = arr[0] + i;
    printf("q %d\n", q);
}

int main(void) {
    int a[1] = {1};
    f(a);
    return 0;
}
