// For reductions and lastprivate under every schedule, with the ordered
// clause, with nowait, and three or more such loops back to back with
// uneven work, so that a worker leaving one loop at its hand-off's barrier
// (no closing barrier of its own) runs ahead into the next while another
// still reads the slots: each result must be the serial loop's.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

static void uneven(int i) {
    volatile long x = 0;
    for (long k = 0; k < (i * 7 % 11) * 150L; k++)
        x += k;
}

static long sum_to(int n) {
    return (long)n * (n - 1) / 2;
}

int main(void) {
    int *wrong = sm_zeros(8, sizeof *wrong);
#pragma sm parallel
    for (int round = 0; round < 100; round++) {
        int n = 40 + round % 23;
        long s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
        int l1 = -1, l2 = -1, l3 = -1, l4 = -1, l5 = -1;
#pragma sm for reduction(+ : s1) lastprivate(l1) schedule(static, 2)
        for (int i = 0; i < n; i++) {
            uneven(i + round);
            s1 += i;
            l1 = i;
        }
#pragma sm for reduction(+ : s2) lastprivate(l2) schedule(dynamic, 2)
        for (int i = 0; i < n; i++) {
            uneven(i);
            s2 += i;
            l2 = i;
        }
#pragma sm for reduction(+ : s3) lastprivate(l3) schedule(guided, 3)
        for (int i = 0; i < n; i++) {
            uneven(i + 1);
            s3 += i;
            l3 = i;
        }
#pragma sm for reduction(+ : s4) lastprivate(l4) ordered schedule(dynamic)
        for (int i = 0; i < n; i++) {
            uneven(i);
            s4 += i;
#pragma sm ordered
            l4 = i;
        }
        // With nowait OpenMP promises s5 and l5 only after the barrier below.
#pragma sm for reduction(+ : s5) lastprivate(l5) nowait
        for (int i = 0; i < n; i++) {
            uneven(i + round);
            s5 += i;
            l5 = i;
        }
#pragma sm for reduction(+ : s6) schedule(runtime)
        for (int i = 0; i < n; i++)
            s6 += i;
#pragma sm barrier
        long want = sum_to(n);
        long got[6] = {s1, s2, s3, s4, s5, s6};
        int lasts[5] = {l1, l2, l3, l4, l5};
        for (int k = 0; k < 6; k++)
            if (got[k] != want)
                __atomic_fetch_add(&wrong[k], 1, __ATOMIC_RELAXED);
        for (int k = 0; k < 5; k++)
            if (lasts[k] != n - 1)
                __atomic_fetch_add(&wrong[6], 1, __ATOMIC_RELAXED);
    }
    printf("wrong: static,2 %d dynamic %d guided %d ordered %d nowait %d runtime %d last %d\n",
           wrong[0], wrong[1], wrong[2], wrong[3], wrong[4], wrong[5], wrong[6]);
    return 0;
}
// CHECK: wrong: static,2 0 dynamic 0 guided 0 ordered 0 nowait 0 runtime 0 last 0
