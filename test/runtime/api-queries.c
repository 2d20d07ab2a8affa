// The team queries outside and inside a region, if(false), and sm_wtime.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// CHECK: outside: id 0 of 1, in_parallel 0, max 3
// CHECK-NEXT: inside: ids 0+1+2 of 3, in_parallel 3, max 1
// CHECK-NEXT: if(0): 1 worker, in_parallel 0
// CHECK-NEXT: wtime: advances
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

int main(void) {
    int *s = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    printf("outside: id %d of %d, in_parallel %d, max %d\n", sm_worker_id(), sm_num_workers(),
           sm_in_parallel(), sm_max_workers());
    __sm_parallel_begin(&loc, 0, 1);
    __atomic_fetch_add(&s[0], sm_worker_id(), __ATOMIC_SEQ_CST);
    __atomic_fetch_add(&s[1], sm_in_parallel() != 0, __ATOMIC_SEQ_CST);
    s[2] = sm_num_workers();
    s[3] = sm_max_workers();
    __sm_parallel_end();
    printf("inside: ids 0+1+2 %s of %d, in_parallel %d, max %d\n", s[0] == 3 ? "" : "WRONG", s[2],
           s[1], s[3]);
    __sm_parallel_begin(&loc, 4, 0);
    s[4] = sm_num_workers();
    s[5] = sm_in_parallel();
    __sm_parallel_end();
    printf("if(0): %d worker, in_parallel %d\n", s[4], s[5]);
    double t0 = sm_wtime();
    usleep(2000);
    printf("wtime: %s\n", sm_wtime() - t0 >= 0.001 ? "advances" : "WRONG");
    return 0;
}
