// atomic works on _Bool (a compare-and-swap loop: no fetch builtin takes
// it) and on types wider than 8 bytes (long double, __int128: under a
// process-shared lock, with no libatomic): no update is lost, and each
// capture sees a value no other did.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-2: flags 1 1, sum 30000, big 60000, distinct tickets 30000, read ok
#include <stdio.h>
#include <stdlib.h>

#define N 30000

int main(void) {
    _Bool *flags = calloc(2, sizeof *flags);
    long double *sum = calloc(1, sizeof *sum), *next = calloc(1, sizeof *next);
    __int128 *big = calloc(1, sizeof *big);
    char *taken = calloc(N, 1);
    int *read_ok = calloc(1, sizeof *read_ok);
#pragma sm parallel for
    for (int i = 0; i < N; i++) {
        long double ticket, now;
#pragma sm atomic
        flags[0] |= 1;
#pragma sm atomic write
        flags[1] = 1;
#pragma sm atomic
        *sum += 1;
#pragma sm atomic
        *big += 2;
#pragma sm atomic capture
        ticket = (*next)++;
        taken[(int)ticket] = 1;
#pragma sm atomic read
        now = *sum;
        if (now >= 1)
            *read_ok = 1;
    }
    int distinct = 0;
    for (int i = 0; i < N; i++)
        distinct += taken[i];
    printf("flags %d %d, sum %.0Lf, big %lld, distinct tickets %d, read %s\n", flags[0], flags[1],
           *sum, (long long)*big, distinct, *read_ok ? "ok" : "wrong");
    return 0;
}
