// Text printed (and still buffered) before a region is printed once, not
// once per worker: the master flushes stdio before forking.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t > %t.out && FileCheck %s < %t.out; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    printf("before the region, no newline yet...");
#pragma sm parallel
    {
        if (sm_worker_id() == 0)
            printf(" inside\n");
    }
    printf("after\n");
    return 0;
}
// CHECK: before the region, no newline yet... inside
// CHECK-NEXT: after
// CHECK-NOT: before
