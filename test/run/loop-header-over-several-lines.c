// A for header written over several lines keeps each expression on its own
// line: __LINE__ in the bound and in the step, and the compiler's warning
// about the bound, name the lines they are on.
// RUN: %smcc -Wall -DDIVIDE_BY=0 -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=WARN
// WARN: loop-header-over-several-lines.c:17:{{[0-9]+}}: warning: division by zero
// RUN: %smcc -Wall -Wextra -Werror -DDIVIDE_BY=1 %s -o %t
// RUN: for n in 1 2; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-2: iterations 17, last 16
#include <stdio.h>

int main(void) {
    long count = 0;
    int last = -1;
#pragma sm parallel for reduction(+ : count) lastprivate(last)
    // clang-format off
    for (int i = 0;
         i < __LINE__ + 0 * (1 / DIVIDE_BY);
         i += __LINE__ - 17) {
        // clang-format on
        count++;
        last = i;
    }
    printf("iterations %ld, last %d\n", count, last);
    return 0;
}
