// Every worker id from 0 to n-1 runs the region exactly once, and every
// worker agrees on the team size.
// The result depends on the team size, so not with --sm-serial:
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s --check-prefix=N$n; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    int *seen = sm_zeros(64, sizeof(int));
    int *sizes = sm_zeros(64, sizeof(int));
#pragma sm parallel
    {
        __atomic_fetch_add(&seen[sm_worker_id()], 1, __ATOMIC_SEQ_CST);
        sizes[sm_worker_id()] = sm_num_workers();
    }
    for (int i = 0; i < 64; i++)
        if (seen[i])
            printf("worker %d ran %d time(s) in a team of %d\n", i, seen[i], sizes[i]);
    return 0;
}
// N1: worker 0 ran 1 time(s) in a team of 1
// N1-NOT: worker
// N2: worker 0 ran 1 time(s) in a team of 2
// N2-NEXT: worker 1 ran 1 time(s) in a team of 2
// N2-NOT: worker
// N3: worker 0 ran 1 time(s) in a team of 3
// N3-NEXT: worker 1 ran 1 time(s) in a team of 3
// N3-NEXT: worker 2 ran 1 time(s) in a team of 3
// N3-NOT: worker
// N4: worker 0 ran 1 time(s) in a team of 4
// N4-NEXT: worker 1 ran 1 time(s) in a team of 4
// N4-NEXT: worker 2 ran 1 time(s) in a team of 4
// N4-NEXT: worker 3 ran 1 time(s) in a team of 4
// N4-NOT: worker
