// ordered blocks run in iteration order whatever the schedule, while the
// rest of the body runs in parallel.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
#pragma sm parallel for ordered schedule(dynamic, 2)
    for (int i = 0; i < 6; i++) {
        int sq = i * i;
#pragma sm ordered
        printf("%d %d\n", i, sq);
    }
#pragma sm parallel for ordered
    for (int i = 10; i > 7; i--) {
#pragma sm ordered
        {
            printf("down %d\n", i);
        }
    }
    return 0;
}
// CHECK: 0 0
// CHECK-NEXT: 1 1
// CHECK-NEXT: 2 4
// CHECK-NEXT: 3 9
// CHECK-NEXT: 4 16
// CHECK-NEXT: 5 25
// CHECK-NEXT: down 10
// CHECK-NEXT: down 9
// CHECK-NEXT: down 8
