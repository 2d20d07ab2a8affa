// Distinct critical names are distinct locks; the same name from another
// pointer (another translation unit) is the same lock; unnamed is one lock.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-4: a=100 b=100 unnamed=100 ok
#include <sched.h>
#include <sharedmem.h>
#include <stdio.h>
#include <sys/mman.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc crit_loc = {__FILE__, __LINE__, 1, "critical"};

static void bump(volatile long *p) {
    long v = *p;
    sched_yield();
    *p = v + 1;
}

int main(void) {
    volatile long *c = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    char other_a[] = "a"; /* same content, different pointer */
    __sm_parallel_begin(&loc, 0, 1);
    for (int i = 0; i < 100; i++) {
        __sm_critical_begin(i % 2 ? "a" : other_a, &crit_loc);
        bump(&c[0]);
        __sm_critical_end(i % 2 ? "a" : other_a);
        __sm_critical_begin("b", &crit_loc);
        bump(&c[1]);
        __sm_critical_end("b");
        __sm_critical_begin(NULL, &crit_loc);
        bump(&c[2]);
        __sm_critical_end(NULL);
    }
    int n = __sm_parallel_end();
    long want = 100L * n;
    printf("a=%ld b=%ld unnamed=%ld %s\n", c[0] / n, c[1] / n, c[2] / n,
           c[0] == want && c[1] == want && c[2] == want ? "ok" : "WRONG");
    return 0;
}
