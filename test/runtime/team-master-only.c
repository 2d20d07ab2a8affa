// Code guarded by sm_worker_id() == 0 (the master construct) runs once,
// in the master process, which is the process that continues.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-4: master ran 1 time(s), in the continuing process: yes
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

int main(void) {
    int *runs = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    pid_t self = getpid();
    __sm_parallel_begin(&loc, 0, 1);
    if (sm_worker_id() == 0) {
        __atomic_fetch_add(&runs[0], 1, __ATOMIC_SEQ_CST);
        runs[1] = getpid() == self;
    }
    __sm_parallel_end();
    printf("master ran %d time(s), in the continuing process: %s\n", runs[0],
           runs[1] ? "yes" : "no");
    return 0;
}
