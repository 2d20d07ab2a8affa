// schedule(static) without a chunk gives each worker one contiguous block,
// in worker order, and block sizes differ by at most one.
// RUN: %rtcc
// RUN: for n in 1 2 3 4 7; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK: 1 workers: one block each, sizes 1000..1000
// CHECK-NEXT: 2 workers: one block each, sizes 500..500
// CHECK-NEXT: 3 workers: one block each, sizes 333..334
// CHECK-NEXT: 4 workers: one block each, sizes 250..250
// CHECK-NEXT: 7 workers: one block each, sizes 142..143
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};

struct block {
    uint64_t ranges, begin, end;
};

int main(void) {
    struct block *blk = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int id = __sm_parallel_begin(&loc, 0, 1);
    __sm_loop L;
    uint64_t b, e;
    __sm_loop_begin(&L, 1000, SM_SCHED_STATIC, 0, 0, &for_loc);
    while (__sm_loop_next(&L, &b, &e))
        blk[id] = (struct block){blk[id].ranges + 1, b, e};
    __sm_loop_end(&L);
    int n = __sm_parallel_end();
    uint64_t lo = 1000, hi = 0, expect = 0;
    int ok = 1;
    for (int w = 0; w < n; w++) {
        uint64_t size = blk[w].end - blk[w].begin;
        ok &= blk[w].ranges == 1 && blk[w].begin == expect;
        expect = blk[w].end;
        lo = size < lo ? size : lo;
        hi = size > hi ? size : hi;
    }
    ok &= expect == 1000 && hi - lo <= 1;
    printf("%d workers: %s, sizes %d..%d\n", n, ok ? "one block each" : "WRONG", (int)lo, (int)hi);
    return !ok;
}
