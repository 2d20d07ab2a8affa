// A loop reduction into a variable the enclosing region shares: worker 0
// alone combines into the shared copy, which the master copies back, also
// when the 'for' directive directly follows the 'parallel' one.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    long total = 1, other = 2;
#pragma sm parallel shared(total)
#pragma sm for reduction(+ : total)
    for (int i = 1; i <= 100; i++)
        total += i;
#pragma sm parallel shared(other)
    {
#pragma sm for reduction(+ : other) schedule(dynamic, 7)
        for (int i = 1; i <= 100; i++)
            other += i;
    }
    printf("total %ld other %ld\n", total, other);
    return 0;
}
// CHECK: total 5051 other 5052
