// shared(...) on a region: a scalar, a struct, a stack array and a global
// are one object for all workers, and the master has the result after it.
// The counts depend on the team size, so not with --sm-serial:
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s -DN=$n; done
#include <sharedmem.h>
#include <stdio.h>

struct point {
    int x, y;
};

int global;

int main(void) {
    int count = 0;
    struct point p = {0, 100};
    int slots[8] = {0};
#pragma sm parallel shared(count, p, slots, global)
    {
#pragma sm critical
        {
            count++;
            p.x += 2;
            global += 3;
        }
        slots[sm_worker_id()] = sm_worker_id() + 1;
    }
    int filled = 0;
    for (int i = 0; i < 8; i++)
        filled += slots[i] == i + 1;
    printf("count %d p %d %d global %d slots %d\n", count, p.x / 2, p.y, global / 3, filled);
    return 0;
}
// CHECK: count [[N]] p [[N]] 100 global [[N]] slots [[N]]
