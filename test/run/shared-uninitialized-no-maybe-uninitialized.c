// A variable named in shared() that the program sets only inside the region
// (a result array, a volatile flag) is copied to shared memory without gcc
// taking the copy for a read of an unset variable: -O2 -Wall -Werror passes.
// RUN: %smcc -O2 -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-2: squares 0 1 4 9 done 1
#include <stdio.h>

int main(void) {
    int squares[4];
    volatile int done;
#pragma sm parallel for shared(squares, done)
    for (int i = 0; i < 4; i++) {
        squares[i] = i * i;
        if (i == 3)
            done = 1;
    }
    printf("squares %d %d %d %d done %d\n", squares[0], squares[1], squares[2], squares[3], done);
    return 0;
}
