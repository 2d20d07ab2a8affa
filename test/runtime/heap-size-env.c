// SM_HEAP_SIZE sets the size of the shared heap's reservation: with 256M a
// 300 MiB block does not fit (ENOMEM) while a 100 MiB one does; by default
// the heap is far larger.
// RUN: %rtcc
// RUN: SM_HEAP_SIZE=256M %t | FileCheck %s --check-prefix=SMALL
// RUN: SM_HEAP_SIZE=256m %t | FileCheck %s --check-prefix=SMALL
// RUN: %t | FileCheck %s --check-prefix=DEFAULT
// SMALL: 100 MiB: ok
// SMALL-NEXT: 300 MiB: ENOMEM
// DEFAULT: 100 MiB: ok
// DEFAULT-NEXT: 300 MiB: ok
#include <errno.h>
#include <sharedmem.h>
#include <stdio.h>

static void try_alloc(size_t mib) {
    errno = 0;
    void *p = sm_malloc(mib << 20);
    printf("%zu MiB: %s\n", mib, p ? "ok" : errno == ENOMEM ? "ENOMEM" : "?");
    sm_free(p);
}

int main(void) {
    try_alloc(100);
    try_alloc(300);
    return 0;
}
