// Every worker id 0..n-1 appears exactly once in a region.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK: 1 workers: ids ok
// CHECK-NEXT: 2 workers: ids ok
// CHECK-NEXT: 3 workers: ids ok
// CHECK-NEXT: 4 workers: ids ok
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

int main(void) {
    int *seen = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int id = __sm_parallel_begin(&loc, 0, 1);
    if (id != sm_worker_id())
        __atomic_fetch_add(&seen[1000], 1, __ATOMIC_SEQ_CST);
    __atomic_fetch_add(&seen[id], 1, __ATOMIC_SEQ_CST);
    int n = __sm_parallel_end();
    int ok = seen[1000] == 0;
    for (int i = 0; i < 1000; i++)
        ok &= seen[i] == (i < n);
    printf("%d workers: ids %s\n", n, ok ? "ok" : "WRONG");
    return !ok;
}
