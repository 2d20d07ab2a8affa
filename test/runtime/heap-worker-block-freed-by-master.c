// Blocks allocated by workers (small and large) stay valid in the master
// after the region, and the master can use and free them.  Later regions
// reuse the workers' arenas, which hold the blocks the master freed.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 %t | FileCheck %s
// CHECK: region 0: 4 workers, blocks intact
// CHECK: region 1: 4 workers, blocks intact
// CHECK: region 2: 4 workers, blocks intact
#include <sharedmem.h>
#include <stdio.h>
#include <string.h>

static const size_t sizes[] = {24, 1000, 30000, 200000};
#define NSIZES (sizeof sizes / sizeof sizes[0])

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    unsigned char *(*blocks)[NSIZES] = sm_zeros(64, sizeof *blocks);
    for (int region = 0; region < 3; region++) {
        int nw = 0;
        __sm_parallel_begin(&loc, 0, 1);
        int id = sm_worker_id();
        nw = sm_num_workers();
        for (size_t s = 0; s < NSIZES; s++) {
            blocks[id][s] = sm_malloc(sizes[s]);
            memset(blocks[id][s], id + 1, sizes[s]);
        }
        __sm_parallel_end();
        int intact = 1;
        for (int w = 0; w < nw; w++)
            for (size_t s = 0; s < NSIZES; s++) {
                unsigned char *b = blocks[w][s];
                intact &= sm_is_shared(b) && b[0] == w + 1 && b[sizes[s] - 1] == w + 1;
                memset(b, 0xee, sizes[s]);
                sm_free(b);
            }
        printf("region %d: %d workers, blocks %s\n", region, nw, intact ? "intact" : "BROKEN");
    }
    sm_free(blocks);
    return 0;
}
