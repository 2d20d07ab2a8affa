// A counter in MAP_SHARED memory, incremented under critical, ends at
// workers x iterations (the read and the write are apart, with a yield).
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK: 1 workers: counter 200 expected 200
// CHECK-NEXT: 2 workers: counter 400 expected 400
// CHECK-NEXT: 3 workers: counter 600 expected 600
// CHECK-NEXT: 4 workers: counter 800 expected 800
#include <sched.h>
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc crit_loc = {__FILE__, __LINE__, 1, "critical"};

int main(void) {
    volatile long *counter =
        mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    __sm_parallel_begin(&loc, 0, 1);
    for (int i = 0; i < 200; i++) {
        __sm_critical_begin("counter", &crit_loc);
        long seen = *counter;
        sched_yield();
        *counter = seen + 1;
        __sm_critical_end("counter");
    }
    int n = __sm_parallel_end();
    printf("%d workers: counter %ld expected %d\n", n, *counter, n * 200);
    return *counter != n * 200;
}
