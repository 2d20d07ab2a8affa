// When fork fails (EAGAIN), the region runs with the workers that could be
// created, after a one-line warning.  The program's own fork() stands in
// for libc's and fails from the third call on.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 %t 2>&1 | FileCheck %s
// CHECK: sharedmem: warning: fork failed for worker 3; the region runs with 3 workers
// CHECK-NEXT: region of 3, ids 0+1+2 ran
#include <errno.h>
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static int forks;

pid_t fork(void) {
    if (++forks > 2) {
        errno = EAGAIN;
        return -1;
    }
    return (pid_t)syscall(SYS_fork);
}

int main(void) {
    int *ids = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int id = __sm_parallel_begin(&loc, 0, 1);
    __atomic_fetch_add(&ids[id], 1, __ATOMIC_SEQ_CST);
    __sm_barrier(&loc);
    int n = __sm_parallel_end();
    printf("region of %d, ids", n);
    for (int w = 0; w < 4; w++)
        if (ids[w])
            printf("%s%d", w ? "+" : " ", w);
    printf(" ran\n");
    return 0;
}
