// The reduction slot protocol (slot, publish, peers in worker order) gives
// every worker the same sum, round after round with no extra barrier.
// RUN: %rtcc
// RUN: for n in 1 2 3 4 8; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-5: 300 rounds: every worker got the exact sum
#include <sharedmem.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc red_loc = {__FILE__, __LINE__, 1, "for"};

int main(void) {
    int *wrong = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int id = __sm_parallel_begin(&loc, 0, 1);
    int n = sm_num_workers();
    for (long r = 1; r <= 300; r++) {
        long partial = r * 1000 + id;
        memcpy(__sm_reduce_slot(), &partial, sizeof partial);
        __sm_reduce_publish(&red_loc);
        long sum = 0;
        for (int w = 0; w < n; w++) {
            long v;
            memcpy(&v, __sm_reduce_peer(w), sizeof v);
            sum += v;
        }
        if (sum != r * 1000 * n + (long)n * (n - 1) / 2)
            __atomic_fetch_add(wrong, 1, __ATOMIC_SEQ_CST);
    }
    __sm_parallel_end();
    printf("300 rounds: %s\n", *wrong ? "WRONG" : "every worker got the exact sum");
    return *wrong != 0;
}
