// sm_argsort_i64 and sm_argsort_f64 may write perm over the keys
// themselves (perm == keys): the keys are all read before any index is
// written.  For 1 to 3 workers.
// RUN: %rtcc
// RUN: for n in 1 2 3; do %t $n; done | FileCheck %s
// CHECK-COUNT-3: i64 in place: same, f64 in place: same
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 200000

int main(int argc, char **argv) {
    static int64_t keys[N];
    static double dkeys[N];
    static size_t expect[N];
    int i64_same, f64_same;
    (void)argc;
    sm_set_num_workers(atoi(argv[1]));
    srand(3);
    for (size_t i = 0; i < N; i++)
        keys[i] = rand() % 1000 - 500;
    sm_argsort_i64(keys, N, expect);
    if (sm_argsort_i64(keys, N, (size_t *)keys) != 0)
        return printf("%s\n", sm_last_error()), 1;
    i64_same = memcmp(keys, expect, sizeof expect) == 0;
    for (size_t i = 0; i < N; i++)
        dkeys[i] = (double)(rand() % 1000) / 7;
    sm_argsort_f64(dkeys, N, expect);
    if (sm_argsort_f64(dkeys, N, (size_t *)dkeys) != 0)
        return printf("%s\n", sm_last_error()), 1;
    f64_same = memcmp(dkeys, expect, sizeof expect) == 0;
    printf("i64 in place: %s, f64 in place: %s\n", i64_same ? "same" : "DIFFERENT",
           f64_same ? "same" : "DIFFERENT");
    return 0;
}
