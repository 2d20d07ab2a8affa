// Teams far larger than the CPU count work: 64 workers meet barriers, share
// a dynamic loop, run ordered blocks in order and reduce; a request for 300
// is clamped to 256 with a warning.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=64 %t 2>&1 | FileCheck %s --check-prefix=N64
// RUN: SM_NUM_WORKERS=300 %t 2>&1 | FileCheck %s --check-prefix=N300
// N64: 64 workers: ids ok, loop ok, ordered ok, sum ok
// N300: sharedmem: warning: team size 300 clamped to 256
// N300-NEXT: 256 workers: ids ok, loop ok, ordered ok, sum ok
#include <sharedmem.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

struct shared {
    int ids[256], hits[1000], log[1000], nlog, bad_sum;
};

int main(void) {
    struct shared *s =
        mmap(NULL, sizeof *s, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int id = __sm_parallel_begin(&loc, 0, 1);
    int n = sm_num_workers();
    __atomic_fetch_add(&s->ids[id], 1, __ATOMIC_SEQ_CST);
    __sm_barrier(&loc);
    __sm_loop L;
    uint64_t b, e;
    __sm_loop_begin(&L, 1000, SM_SCHED_DYNAMIC, 3, SM_LOOP_ORDERED, &loc);
    while (__sm_loop_next(&L, &b, &e))
        for (uint64_t k = b; k < e; k++) {
            __atomic_fetch_add(&s->hits[k], 1, __ATOMIC_SEQ_CST);
            __sm_ordered_begin(&L, k, &loc);
            s->log[s->nlog++] = (int)k;
            __sm_ordered_end(&L, k);
        }
    __sm_loop_end(&L);
    long mine = id;
    memcpy(__sm_reduce_slot(sizeof mine, _Alignof(long)), &mine, sizeof mine);
    __sm_reduce_view v;
    if (__sm_reduce_arrive(&loc, &v)) {
        long all = 0;
        for (int w = 0; w < v.nworkers; w++)
            all += *(const long *)(const void *)(v.slots + w * v.stride);
        memcpy(v.result, &all, sizeof all);
        __sm_reduce_release();
    }
    long sum = *(const long *)v.result;
    if (sum != (long)n * (n - 1) / 2)
        __atomic_fetch_add(&s->bad_sum, 1, __ATOMIC_SEQ_CST);
    n = __sm_parallel_end();
    int ids = 1, loop = 1, ordered = s->nlog == 1000;
    for (int w = 0; w < 256; w++)
        ids &= s->ids[w] == (w < n);
    for (int k = 0; k < 1000; k++) {
        loop &= s->hits[k] == 1;
        ordered &= s->log[k] == k;
    }
    printf("%d workers: ids %s, loop %s, ordered %s, sum %s\n", n, ids ? "ok" : "WRONG",
           loop ? "ok" : "WRONG", ordered ? "ok" : "WRONG", s->bad_sum ? "WRONG" : "ok");
    return 0;
}
