// Outside any region, critical costs nothing and takes no lock: even a
// critical entered twice without leaving does not block.
// RUN: %rtcc
// RUN: timeout 10 %t | FileCheck %s
// CHECK: outside: passed twice
// CHECK-NEXT: after a region: passed twice
#include <sharedmem.h>
#include <stdio.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc crit_loc = {__FILE__, __LINE__, 1, "critical"};

static void twice(const char *when) {
    __sm_critical_begin("c", &crit_loc);
    __sm_critical_begin("c", &crit_loc);
    __sm_critical_end("c");
    __sm_critical_end("c");
    printf("%s: passed twice\n", when);
}

int main(void) {
    twice("outside");
    __sm_parallel_begin(&loc, 2, 1);
    __sm_critical_begin("c", &crit_loc);
    __sm_critical_end("c");
    __sm_parallel_end();
    twice("after a region");
    return 0;
}
