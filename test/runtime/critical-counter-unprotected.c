// Companion of critical-counter.c: without critical, the same
// read-yield-write loses updates at 4 workers, so that test can fail.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 not %t | FileCheck %s
// CHECK: 4 workers: counter {{[0-9]+}} expected 800
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

int main(void) {
    volatile long *counter =
        mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    __sm_parallel_begin(&loc, 0, 1);
    for (int i = 0; i < 200; i++) {
        long seen = *counter;
        usleep(100);
        *counter = seen + 1;
    }
    int n = __sm_parallel_end();
    printf("%d workers: counter %ld expected %d\n", n, *counter, n * 200);
    return *counter != n * 200;
}
