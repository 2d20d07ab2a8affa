// With a static schedule and a fixed team size, a floating-point reduction
// gives bit-identical results from run to run: partials are combined in
// worker order, never in arrival order.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for r in 1 2 3 4 5; do SM_NUM_WORKERS=4 %t; done > %t.out
// RUN: sort -u %t.out | wc -l | FileCheck %s --check-prefix=ONE
// RUN: head -1 %t.out | FileCheck %s
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    double sum = 0.1;
    float fsum = 0;
#pragma sm parallel for reduction(+ : sum, fsum) schedule(static)
    for (int i = 1; i <= 200000; i++) {
        sum += 1.0 / i;
        fsum += 1.0f / (float)i;
    }
    printf("%a %a\n", sum, (double)fsum);
    return 0;
}
// ONE: {{^ *1$}}
// CHECK: 0x1.{{[0-9a-f]+}}p+3 0x1.{{[0-9a-f]+}}p+3
