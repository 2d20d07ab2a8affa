// A clause names the variable in scope at the directive, even when the body
// first uses an inner variable of the same name; the inner one is left
// alone.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-2: s=45 inner=1000
#include <stdio.h>

int main(void) {
    long s = 0, inner = 0;
#pragma sm parallel for reduction(+ : s) reduction(max : inner)
    for (int i = 0; i < 10; i++) {
        {
            long s = 1000;
            inner = s;
        }
        s += i;
    }
    printf("s=%ld inner=%ld\n", s, inner);
    return 0;
}
