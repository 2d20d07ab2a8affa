// Work-sharing loops with reductions and lastprivate, back to back in one
// region, each ending at its hand-off's barrier alone: with uneven work a
// worker runs into the next loop while another still combines, and the
// double-buffered slots must keep every value apart.  A reduction into a
// variable the region shares keeps the loop's closing barrier, so every
// worker reads the combined value right after the loop.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

static void uneven(int i) {
    volatile long x = 0;
    for (long k = 0; k < (i % 13) * 200L; k++)
        x += k;
}

int main(void) {
    int *wrong = sm_zeros(1, sizeof *wrong);
    long total = 0;
#pragma sm parallel shared(total)
    for (int round = 0; round < 200; round++) {
        long a = 0, b = 0, c = 1;
        int last = -1;
        int n = 50 + round % 17;
#pragma sm for reduction(+ : a) schedule(dynamic, 3)
        for (int i = 0; i < n; i++) {
            uneven(i + round);
            a += i;
        }
#pragma sm for reduction(max : b) schedule(guided)
        for (int i = 0; i < n; i++) {
            uneven(i);
            b = b > i * round ? b : i * round;
        }
#pragma sm for reduction(* : c) lastprivate(last)
        for (int i = 0; i < n; i++) {
            c *= i % 5 == 0 ? 2 : 1;
            last = i;
        }
#pragma sm for reduction(+ : total) schedule(dynamic)
        for (int i = 0; i < n; i++) {
            uneven(i);
            total += 1;
        }
        long expect_total = 0;
        for (int r = 0; r <= round; r++)
            expect_total += 50 + r % 17;
        if (a != (long)n * (n - 1) / 2 || b != (long)(n - 1) * round ||
            c != 1L << ((n + 4) / 5) || last != n - 1 || total != expect_total)
            __atomic_fetch_add(wrong, 1, __ATOMIC_RELAXED);
#pragma sm barrier
    }
    printf("%d wrong, total %ld\n", *wrong, total);
    return *wrong != 0;
}
// CHECK: 0 wrong, total 11574
