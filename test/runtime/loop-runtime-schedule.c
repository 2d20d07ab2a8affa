// schedule(runtime) reads SM_SCHEDULE, then OMP_SCHEDULE ("kind[,chunk]");
// garbage is reported and skipped.  The program prints the largest range
// it was handed, which tells the schedule apart.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 SM_SCHEDULE=static,7 %t 2>&1 | FileCheck %s --check-prefix=STATIC7
// RUN: SM_NUM_WORKERS=4 SM_SCHEDULE=dynamic %t 2>&1 | FileCheck %s --check-prefix=DYN
// RUN: SM_NUM_WORKERS=4 SM_SCHEDULE=dynamic,3 OMP_SCHEDULE=auto %t | FileCheck %s -check-prefix=D3
// RUN: SM_NUM_WORKERS=4 OMP_SCHEDULE=dynamic,5 %t 2>&1 | FileCheck %s --check-prefix=OMP
// RUN: SM_NUM_WORKERS=4 %t 2>&1 | FileCheck %s --check-prefix=DEFAULT
// RUN: SM_NUM_WORKERS=4 SM_SCHEDULE=fast,2 %t 2>&1 | FileCheck %s --check-prefix=GARBAGE
// STATIC7: largest range 7, all 1000 iterations once
// DYN: largest range 1, all 1000 iterations once
// D3: largest range 3, all 1000 iterations once
// OMP: largest range 5, all 1000 iterations once
// DEFAULT: largest range 250, all 1000 iterations once
// GARBAGE: sharedmem: warning: ignoring SM_SCHEDULE='fast,2'
// GARBAGE-NEXT: largest range 250, all 1000 iterations once
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc for_loc = {__FILE__, __LINE__, 1, "for"};

int main(void) {
    int *hits = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    uint64_t *largest = (uint64_t *)(hits + 1024);
    __sm_parallel_begin(&loc, 0, 1);
    __sm_loop L;
    uint64_t b, e;
    __sm_loop_begin(&L, 1000, SM_SCHED_RUNTIME, 0, 0, &for_loc);
    while (__sm_loop_next(&L, &b, &e)) {
        uint64_t seen = __atomic_load_n(largest, __ATOMIC_SEQ_CST);
        while (e - b > seen && !__atomic_compare_exchange_n(largest, &seen, e - b, 0,
                                                            __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
            ;
        for (uint64_t i = b; i < e; i++)
            __atomic_fetch_add(&hits[i], 1, __ATOMIC_SEQ_CST);
    }
    __sm_loop_end(&L);
    __sm_parallel_end();
    int ok = 1;
    for (int i = 0; i < 1000; i++)
        ok &= hits[i] == 1;
    printf("largest range %d, %s\n", (int)*largest, ok ? "all 1000 iterations once" : "WRONG");
    return !ok;
}
