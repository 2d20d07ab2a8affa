// A region inside a region is a team of one in the worker that opens it
// (no fork): id 0 of 1 inside, loops run whole, barriers pass, and the
// outer team's state is back afterwards.
// RUN: %rtcc
// RUN: for n in 1 2 4; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK: 1 outer workers: nested ok
// CHECK-NEXT: 2 outer workers: nested ok
// CHECK-NEXT: 4 outer workers: nested ok
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};

int main(void) {
    int *bad = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int id = __sm_parallel_begin(&loc, 0, 1);
    int n = sm_num_workers();
    pid_t self = getpid();
    int inner = __sm_parallel_begin(&loc, 3, 1);
    int ok = inner == 0 && sm_worker_id() == 0 && sm_num_workers() == 1 && getpid() == self;
    __sm_barrier(&loc);
    __sm_loop L;
    uint64_t b, e, iters = 0;
    __sm_loop_begin(&L, 10, SM_SCHED_DYNAMIC, 1, 0, &for_loc);
    while (__sm_loop_next(&L, &b, &e))
        iters += e - b;
    __sm_loop_end(&L);
    ok &= iters == 10;
    ok &= __sm_parallel_end() == 1;
    ok &= sm_worker_id() == id && sm_num_workers() == n && (n == 1 || sm_in_parallel());
    if (!ok)
        __atomic_fetch_add(bad, 1, __ATOMIC_SEQ_CST);
    n = __sm_parallel_end();
    printf("%d outer workers: nested %s\n", n, *bad ? "WRONG" : "ok");
    return *bad;
}
