// Team size, first that is set: num_workers argument > sm_set_num_workers()
// > SM_NUM_WORKERS > OMP_NUM_THREADS > CPUs of the affinity mask
// (taskset makes that 1).  Garbage
// or 0 in the environment is reported in one line and skipped.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=3 OMP_NUM_THREADS=2 %t 2>&1 | FileCheck %s --check-prefix=SM
// RUN: OMP_NUM_THREADS=2 %t 2>&1 | FileCheck %s --check-prefix=OMP
// RUN: OMP_NUM_THREADS=2,4 %t 2>&1 | FileCheck %s --check-prefix=OMP
// RUN: SM_NUM_WORKERS=abc OMP_NUM_THREADS=2 %t 2>&1 | FileCheck %s --check-prefix=GARBAGE
// RUN: SM_NUM_WORKERS=0 taskset -c 0 %t 2>&1 | FileCheck %s --check-prefix=ZERO
// RUN: taskset -c 0 %t 2>&1 | FileCheck %s --check-prefix=CPUS
// SM: default 3, num_workers(2) 2, set_num_workers(5) 5, reset 3
// OMP: default 2, num_workers(2) 2, set_num_workers(5) 5, reset 2
// GARBAGE: sharedmem: warning: ignoring SM_NUM_WORKERS='abc' (not a positive integer)
// GARBAGE-NEXT: default 2, num_workers(2) 2, set_num_workers(5) 5, reset 2
// ZERO: sharedmem: warning: ignoring SM_NUM_WORKERS='0' (not a positive integer)
// ZERO-NEXT: default 1, num_workers(2) 2, set_num_workers(5) 5, reset 1
// CPUS-NOT: warning
// CPUS: default 1, num_workers(2) 2, set_num_workers(5) 5, reset 1
#include <sharedmem.h>
#include <stdio.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

static int region(int num_workers) {
    __sm_parallel_begin(&loc, num_workers, 1);
    return __sm_parallel_end();
}

static void show(const char *what, int n, const char *sep) {
    printf("%s %d%s", what, n, sep);
}

int main(void) {
    fflush(stderr);
    int n = region(0);
    if (n != sm_max_workers())
        printf("sm_max_workers() %d disagrees\n", sm_max_workers());
    show("default", n, ", ");
    show("num_workers(2)", region(2), ", ");
    sm_set_num_workers(5);
    show("set_num_workers(5)", region(0), ", ");
    sm_set_num_workers(0);
    show("reset", region(0), "\n");
    return 0;
}
