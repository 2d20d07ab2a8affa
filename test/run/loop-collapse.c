// collapse(2) and collapse(3) run every point of the nest exactly once,
// with each level's own bounds and step.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

static int *hits;

static void report(const char *name, int n) {
    int wrong = 0;
    for (int i = 0; i < n; i++) {
        wrong += hits[i] != 1;
        hits[i] = 0;
    }
    printf("%s: %d wrong\n", name, wrong);
}

int main(void) {
    hits = sm_zeros(1000, sizeof *hits);
#pragma sm parallel for collapse(2) schedule(dynamic, 5)
    for (int a = 0; a < 7; a++)
        for (int b = 10; b > 0; b -= 2)
            __atomic_fetch_add(&hits[a * 5 + (10 - b) / 2], 1, __ATOMIC_RELAXED);
    report("collapse(2)", 35);
#pragma sm parallel for collapse(3) schedule(static, 7)
    for (int a = 0; a < 3; a++) {
        for (unsigned b = 0; b <= 3; b++) {
            for (long c = 4; c >= 0; c--)
                __atomic_fetch_add(&hits[(a * 4 + (int)b) * 5 + (int)c], 1, __ATOMIC_RELAXED);
        }
    }
    report("collapse(3)", 60);
#pragma sm parallel for collapse(2)
    for (int a = 0; a < 3; a++)
        for (int b = 0; b < 0; b++)
            __atomic_fetch_add(&hits[0], 1, __ATOMIC_RELAXED);
    printf("empty inner: %d\n", hits[0]);
    return 0;
}
// CHECK: collapse(2): 0 wrong
// CHECK-NEXT: collapse(3): 0 wrong
// CHECK-NEXT: empty inner: 0
