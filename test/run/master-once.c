// master runs once per encounter, on worker 0.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    int *runs = sm_zeros(2, sizeof(int));
#pragma sm parallel
    {
        for (int i = 0; i < 10; i++) {
#pragma sm master
            {
                runs[0]++;
                if (sm_worker_id() != 0)
                    runs[1]++;
            }
        }
    }
    printf("runs %d, on other workers %d\n", runs[0], runs[1]);
    return 0;
}
// CHECK: runs 10, on other workers 0
