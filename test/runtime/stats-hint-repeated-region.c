// SM_STATS=1 adds a hint under the table for a region that ran at least 10
// times and whose workers took at least 256 page faults a run: the shape
// of a `parallel for` per time step.  Only the first region qualifies: the
// second runs as often but its worker touches nothing; the third faults as
// much but runs 5 times.
// RUN: %rtcc
// RUN: SM_STATS=1 SM_NUM_WORKERS=2 %t 2>&1 | FileCheck %s
// CHECK: hint: {{.*}}-region.c:[[#@LINE+9]] ran 12 times, {{.*}} up to {{[0-9]+}} page faults
// CHECK-NOT: hint
#include <sharedmem.h>

#include "Inputs/shared-pages.h"

#define PAGES 1024

int main(void) {
    static const __sm_loc every_step = {__FILE__, __LINE__, 1, "parallel"};
    static const __sm_loc idle_step = {__FILE__, __LINE__, 1, "parallel"};
    static const __sm_loc few_steps = {__FILE__, __LINE__, 1, "parallel"};
    char *shared = touched_shared_pages(PAGES);
    for (int step = 0; step < 12; step++) {
        if (__sm_parallel_begin(&every_step, 0, 1) == 1)
            write_each_page(shared, PAGES, (char)step);
        __sm_parallel_end();
        __sm_parallel_begin(&idle_step, 0, 1);
        __sm_parallel_end();
        if (step < 5) {
            if (__sm_parallel_begin(&few_steps, 0, 1) == 1)
                write_each_page(shared, PAGES, (char)step);
            __sm_parallel_end();
        }
    }
    return 0;
}
