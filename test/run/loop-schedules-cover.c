// Every schedule, with and without a chunk, runs each iteration exactly
// once at every team size: iterations count themselves in shared memory.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

#define N 1001

static int *hits;

static void report(const char *name) {
    int wrong = 0;
    for (int i = 0; i < N; i++) {
        wrong += hits[i] != 1;
        hits[i] = 0;
    }
    printf("%s: %d wrong\n", name, wrong);
}

int main(void) {
    hits = sm_zeros(N, sizeof *hits);
#pragma sm parallel for
    for (int i = 0; i < N; i++)
        __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
    report("default");
#pragma sm parallel for schedule(static)
    for (int i = 0; i < N; i++)
        __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
    report("static");
#pragma sm parallel for schedule(static, 7)
    for (int i = 0; i < N; i++)
        __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
    report("static,7");
#pragma sm parallel for schedule(dynamic)
    for (int i = 0; i < N; i++)
        __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
    report("dynamic");
#pragma sm parallel for schedule(dynamic, 13)
    for (int i = 0; i < N; i++)
        __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
    report("dynamic,13");
#pragma sm parallel for schedule(guided)
    for (int i = 0; i < N; i++)
        __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
    report("guided");
#pragma sm parallel for schedule(guided, 5)
    for (int i = 0; i < N; i++)
        __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
    report("guided,5");
#pragma sm parallel for schedule(runtime)
    for (int i = 0; i < N; i++)
        __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
    report("runtime");
#pragma sm parallel for schedule(auto)
    for (int i = 0; i < N; i++)
        __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
    report("auto");
    return 0;
}
// CHECK: default: 0 wrong
// CHECK-NEXT: static: 0 wrong
// CHECK-NEXT: static,7: 0 wrong
// CHECK-NEXT: dynamic: 0 wrong
// CHECK-NEXT: dynamic,13: 0 wrong
// CHECK-NEXT: guided: 0 wrong
// CHECK-NEXT: guided,5: 0 wrong
// CHECK-NEXT: runtime: 0 wrong
// CHECK-NEXT: auto: 0 wrong
