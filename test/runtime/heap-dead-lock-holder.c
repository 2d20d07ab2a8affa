// A process that dies holding the page allocator's lock does not hang the
// others: the next process to want the lock sees the holder is gone and takes
// it over.  The dead holder is simulated by a child that sets the lock word
// (its pid) and exits.
// RUN: %rtcc -I%S/../../runtime
// RUN: timeout 10 %t | FileCheck %s
// CHECK: lock held by a dead process: yes
// CHECK-NEXT: large allocation after it: ok
#include "heap.h"
#include <sharedmem.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    sm_free(sm_malloc(1 << 20));
    if (fork() == 0) {
        atomic_store(&sm_heap->lock, (uint32_t)getpid());
        _exit(0);
    }
    wait(NULL);
    printf("lock held by a dead process: %s\n", atomic_load(&sm_heap->lock) ? "yes" : "no");
    fflush(stdout);
    void *p = sm_malloc(1 << 20);
    printf("large allocation after it: %s\n", p && sm_is_shared(p) ? "ok" : "FAILED");
    return 0;
}
