// A 'for' in a function called from a region shares its iterations among
// the region's workers; called outside any region it runs them all.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

static int *hits;

static long count(int n) {
    long s = 0;
#pragma sm for reduction(+ : s)
    for (int i = 0; i < n; i++) {
        __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
        s += i;
    }
    return s;
}

static int all_once(int n) {
    int ok = 1;
    for (int i = 0; i < n; i++) {
        ok &= hits[i] == 1;
        hits[i] = 0;
    }
    return ok;
}

int main(void) {
    hits = sm_zeros(50, sizeof *hits);
    long outside = count(50);
    printf("outside: sum %ld once %d\n", outside, all_once(50));
    long inside = 0;
#pragma sm parallel
    {
        long s = count(50);
#pragma sm master
        inside = s;
    }
    printf("inside: sum %ld once %d\n", inside, all_once(50));
    return 0;
}
// CHECK: outside: sum 1225 once 1
// CHECK-NEXT: inside: sum 1225 once 1
