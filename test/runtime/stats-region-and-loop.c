// SM_STATS=1 prints one row per region and per loop with FILE:LINE, calls,
// workers, per-worker busy time, imbalance and waits.  Worker 0 sleeps
// through both heavy iterations (static blocks), so the loop is ~50%
// imbalanced and worker 1 waits >= 40 ms at the loop's barrier; the two
// workers queue at the critical.  Without SM_STATS nothing is printed.
// RUN: %rtcc
// RUN: SM_STATS=1 SM_NUM_WORKERS=2 %t 2>&1 | FileCheck %s
// RUN: SM_STATS=1 SM_NUM_WORKERS=1 %t 2>&1 | FileCheck %s --check-prefix=ONE
// RUN: SM_NUM_WORKERS=2 %t 2>&1 | FileCheck %s --allow-empty --check-prefix=OFF
// CHECK: location calls workers wall fork+join busy imbal% barrier critical ordered faults
// CHECK-NEXT: parallel {{[^ ]*}}stats-region-and-loop.c:19 3 2 {{[0-9]+\.[0-9]+}} {{[0-9.]*[1-9][0-9.]*}} {{([4-9][0-9]|[1-9][0-9][0-9]+)\.[0-9]+}}/{{[0-9]+\.[0-9]+}} {{[0-9]+\.[0-9]+}} {{([4-9][0-9]|[1-9][0-9][0-9]+)\.[0-9]+}} {{[0-9.]*[1-9][0-9.]*}} 0.000
// CHECK-NEXT: for {{[^ ]*}}stats-region-and-loop.c:20 3 2 {{[0-9]+\.[0-9]+}} 0.000 {{([4-9][0-9]|[1-9][0-9][0-9]+)\.[0-9]+}}/{{[0-9]+\.[0-9]+}} {{4[5-9]\.[0-9]|50\.0}} {{([4-9][0-9]|[1-9][0-9][0-9]+)\.[0-9]+}} 0.000 0.000
// ONE: parallel {{[^ ]*}}stats-region-and-loop.c:19 3 1 {{[0-9]+\.[0-9]+}} 0.000 {{[0-9]+\.[0-9]+}} 0.0 0.000 0.000 0.000
// ONE-NEXT: for {{[^ ]*}}stats-region-and-loop.c:20 3 1 {{[0-9]+\.[0-9]+}} 0.000 {{[0-9]+\.[0-9]+}} 0.0 0.000 0.000 0.000
// OFF-NOT: sharedmem stats
#include <sharedmem.h>
#include <unistd.h>

static const __sm_loc region_loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc loop_loc = {__FILE__, __LINE__, 1, "for"};
static const __sm_loc crit_loc = {__FILE__, __LINE__, 1, "critical"};

int main(void) {
    for (int r = 0; r < 3; r++) {
        __sm_parallel_begin(&region_loc, 0, 1);
        __sm_loop L;
        uint64_t b, e;
        __sm_loop_begin(&L, 4, SM_SCHED_STATIC, 0, 0, &loop_loc);
        while (__sm_loop_next(&L, &b, &e))
            for (uint64_t i = b; i < e; i++)
                if (i < 2)
                    usleep(20000);
        __sm_loop_end(&L);
        __sm_critical_begin(NULL, &crit_loc);
        usleep(5000);
        __sm_critical_end(NULL);
        __sm_parallel_end();
    }
    return 0;
}
