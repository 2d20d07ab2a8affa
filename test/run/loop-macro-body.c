// A loop body that is a macro call, with the reduction variable passed as
// a macro argument: the body runs in place and the argument is redirected
// to the private copy where it is written.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

#define ADD(dst, v) ((dst) += (v))

int main(void) {
    long s = 0;
#pragma sm parallel for reduction(+ : s) schedule(dynamic, 3)
    for (int i = 0; i < 100; i++)
        ADD(s, i);
    printf("sum %ld\n", s);
    return 0;
}
// CHECK: sum 4950
