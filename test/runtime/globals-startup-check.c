// The start-up check refuses to share globals when something else shares a
// page with the sm_shared section: here an unaligned variable of an object
// linked after libsharedmem ends up behind the runtime's padding.  Linked
// without it, the same program runs.
// RUN: %cc -c -DFOREIGN %s -o %t.foreign.o
// RUN: %rtcc && %t | FileCheck %s --check-prefix=ALONE
// RUN: %rtcc %t.foreign.o && not %t 2>&1 | FileCheck %s --check-prefix=FOREIGN
// ALONE: counter 1
// FOREIGN: sharedmem: cannot share globals: section sm_shared
// FOREIGN-SAME: does not start and end on 4096-byte page boundaries
// FOREIGN-NOT: counter
#ifdef FOREIGN
__attribute__((section("sm_shared"))) int foreign = 1;
#else
#include <sharedmem.h>
#include <stdio.h>

SM_SHARED_GLOBAL int counter;

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    __sm_parallel_begin(&loc, 2, 1);
    if (sm_worker_id() == 1)
        counter++;
    __sm_parallel_end();
    printf("counter %d\n", counter);
    return 0;
}
#endif
