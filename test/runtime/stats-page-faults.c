// SM_STATS=1's faults column gives each worker's page faults in a region:
// a forked worker maps again every shared page it touches.  Worker 1
// writes one byte in each of 1024 pages of shared memory in the first
// region and touches nothing in the second; the master touches nothing in
// either.
// RUN: %rtcc
// RUN: SM_STATS=1 SM_NUM_WORKERS=2 %t 2>&1 | FileCheck %s
// CHECK: location calls workers wall fork+join busy imbal% barrier critical ordered faults
// CHECK-NEXT: parallel {{.*}}-faults.c:[[#@LINE+9]] 1 2 {{.*}} {{[0-9]+}}/{{[1-9][0-9]{3,}$}}
// CHECK-NEXT: parallel {{.*}}-faults.c:[[#@LINE+9]] 1 2 {{.*}} {{[0-9]+}}/{{[0-9]{1,2}$}}
#include <sharedmem.h>

#include "Inputs/shared-pages.h"

#define PAGES 1024

int main(void) {
    static const __sm_loc writes_loc = {__FILE__, __LINE__, 1, "parallel"};
    static const __sm_loc idle_loc = {__FILE__, __LINE__, 1, "parallel"};
    char *shared = touched_shared_pages(PAGES);
    if (__sm_parallel_begin(&writes_loc, 0, 1) == 1)
        write_each_page(shared, PAGES, 2);
    __sm_parallel_end();
    __sm_parallel_begin(&idle_loc, 0, 1);
    __sm_parallel_end();
    return shared[(PAGES - 1) * page_size()] == 2 ? 0 : 1;
}
