// SM_STATS=1's faults column gives each worker's page faults in a region:
// a forked worker maps again every shared page it touches.  Worker 1
// writes one byte in each of 1024 pages of shared memory (base pages: the
// mapping asks for no huge pages) in the first region and touches nothing
// in the second; the master touches nothing in either.
// RUN: %rtcc
// RUN: SM_STATS=1 SM_NUM_WORKERS=2 %t 2>&1 | FileCheck %s
// CHECK: location calls workers wall fork+join busy imbal% barrier critical ordered faults
// CHECK-NEXT: parallel {{.*}}-faults.c:[[#@LINE+11]] 1 2 {{.*}} {{[0-9]+}}/{{[1-9][0-9]{3,}$}}
// CHECK-NEXT: parallel {{.*}}-faults.c:[[#@LINE+11]] 1 2 {{.*}} {{[0-9]+}}/{{[0-9]{1,2}$}}
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGES 1024

int main(void) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    static const __sm_loc writes_loc = {__FILE__, __LINE__, 1, "parallel"};
    static const __sm_loc idle_loc = {__FILE__, __LINE__, 1, "parallel"};
    char *shared =
        mmap(NULL, PAGES * page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared == MAP_FAILED || madvise(shared, PAGES * page, MADV_NOHUGEPAGE) != 0)
        return perror("mmap"), 1;
    for (size_t i = 0; i < PAGES; i++)
        shared[i * page] = 1;
    if (__sm_parallel_begin(&writes_loc, 0, 1) == 1)
        for (size_t i = 0; i < PAGES; i++)
            shared[i * page] = 2;
    __sm_parallel_end();
    __sm_parallel_begin(&idle_loc, 0, 1);
    __sm_parallel_end();
    return shared[(PAGES - 1) * page] == 2 ? 0 : 1;
}
