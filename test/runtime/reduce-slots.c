// The reduction hand-off (slot, arrive, fold by the last worker, result)
// gives every worker the same result, round after round with no extra
// barrier, exactly one worker folds each round, and the same holds for a
// small partial (packed beside the barrier) and a large one (team pages).
// RUN: %rtcc
// RUN: for n in 1 2 3 4 8; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-5: 300 rounds: every worker got the exact sums, one fold each
#include <sharedmem.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc red_loc = {__FILE__, __LINE__, 1, "for"};

struct large {
    long v[8];
};

struct tally {
    int wrong;
    int folds[2][301];
};

static long small_round(struct tally *t, int id, int n, long r) {
    long partial = r * 1000 + id;
    memcpy(__sm_reduce_slot(sizeof partial, _Alignof(long)), &partial, sizeof partial);
    __sm_reduce_view v;
    if (__sm_reduce_arrive(&red_loc, &v)) {
        __atomic_fetch_add(&t->folds[0][r], 1, __ATOMIC_SEQ_CST);
        long sum = 0;
        for (int w = 0; w < v.nworkers; w++)
            sum += *(const long *)(const void *)(v.slots + w * v.stride);
        memcpy(v.result, &sum, sizeof sum);
        __sm_reduce_release();
    }
    return v.nworkers == n ? *(const long *)v.result : -1;
}

static long large_round(struct tally *t, int id, int n, long r) {
    struct large partial = {{0}};
    partial.v[7] = r * 1000 + id;
    memcpy(__sm_reduce_slot(sizeof partial, _Alignof(struct large)), &partial, sizeof partial);
    __sm_reduce_view v;
    if (__sm_reduce_arrive(&red_loc, &v)) {
        __atomic_fetch_add(&t->folds[1][r], 1, __ATOMIC_SEQ_CST);
        struct large sum = {{0}};
        for (int w = 0; w < v.nworkers; w++)
            sum.v[7] += ((const struct large *)(const void *)(v.slots + w * v.stride))->v[7];
        memcpy(v.result, &sum, sizeof sum);
        __sm_reduce_release();
    }
    return v.nworkers == n ? ((const struct large *)v.result)->v[7] : -1;
}

int main(void) {
    struct tally *t =
        mmap(NULL, sizeof *t, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int id = __sm_parallel_begin(&loc, 0, 1);
    int n = sm_num_workers();
    for (long r = 1; r <= 300; r++) {
        long want = r * 1000 * n + (long)n * (n - 1) / 2;
        long small = small_round(t, id, n, r), large = large_round(t, id, n, r);
        if (small != want || large != want)
            __atomic_fetch_add(&t->wrong, 1, __ATOMIC_SEQ_CST);
    }
    __sm_parallel_end();
    for (int r = 1; r <= 300; r++)
        t->wrong += (t->folds[0][r] != 1) + (t->folds[1][r] != 1);
    printf("300 rounds: %s\n",
           t->wrong ? "WRONG" : "every worker got the exact sums, one fold each");
    return t->wrong != 0;
}
