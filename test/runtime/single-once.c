// A single construct runs once per encounter, in one worker; with the
// barrier at its end every worker sees what it wrote.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-4: singles 100 nowait-singles 100 stale 0
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc single_loc = {__FILE__, __LINE__, 1, "single"};

int main(void) {
    volatile int *s = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    __sm_parallel_begin(&loc, 0, 1);
    for (int i = 1; i <= 100; i++) {
        if (__sm_single_begin(&single_loc)) {
            s[0]++;
            s[1] = i;
        }
        __sm_single_end(0, &single_loc);
        if (s[1] != i)
            __atomic_fetch_add(&s[3], 1, __ATOMIC_SEQ_CST);
        __sm_barrier(&single_loc); /* nobody writes s[1] again before all read it */
        if (__sm_single_begin(&single_loc))
            __atomic_fetch_add(&s[2], 1, __ATOMIC_SEQ_CST);
        __sm_single_end(1, &single_loc);
    }
    __sm_parallel_end();
    printf("singles %d nowait-singles %d stale %d\n", s[0], s[2], s[3]);
    return 0;
}
