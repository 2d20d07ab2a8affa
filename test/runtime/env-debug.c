// SM_DEBUG=1 or sm_set_debug(1): every region runs in the master alone,
// even with a num_workers argument.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 SM_DEBUG=1 %t | FileCheck %s --check-prefix=ENV
// RUN: SM_NUM_WORKERS=4 %t | FileCheck %s --check-prefix=OFF
// RUN: SM_NUM_WORKERS=4 %t call | FileCheck %s --check-prefix=CALL
// ENV: region of 1, region(3) of 1, body ran 2 times
// OFF: region of 4, region(3) of 3, body ran 7 times
// CALL: region of 1, region(3) of 1, body ran 2 times
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

static int region(int num_workers, int *runs) {
    __sm_parallel_begin(&loc, num_workers, 1);
    __atomic_fetch_add(runs, 1, __ATOMIC_SEQ_CST);
    return __sm_parallel_end();
}

int main(int argc, char **argv) {
    int *runs = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    (void)argv;
    if (argc > 1)
        sm_set_debug(1);
    int a = region(0, runs);
    int b = region(3, runs);
    printf("region of %d, region(3) of %d, body ran %d times\n", a, b, *runs);
    return 0;
}
