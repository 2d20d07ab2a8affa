// A child forked after a typed sort inherits the kept scratch's mapping
// (with fresh pages): its own sorts are right, and the parent's later sorts
// are unharmed by the child's.
// RUN: %rtcc
// RUN: for n in 1 2; do %t $n; done | FileCheck %s
// CHECK-COUNT-2: child: same; parent after the child: same
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define N 300000

static int sorts_as(const int64_t *keys, const size_t *expect) {
    size_t *perm = malloc(N * sizeof *perm);
    int same = sm_argsort_i64(keys, N, perm) == 0 && memcmp(perm, expect, N * sizeof *perm) == 0;
    free(perm);
    return same;
}

int main(int argc, char **argv) {
    int64_t *keys = malloc(N * sizeof *keys), *child_keys = malloc(N * sizeof *keys);
    size_t *expect = malloc(N * sizeof *expect), *child_expect = malloc(N * sizeof *expect);
    int status, child;
    (void)argc;
    sm_set_num_workers(atoi(argv[1]));
    srand(7);
    for (size_t i = 0; i < N; i++) {
        keys[i] = rand() - RAND_MAX / 2;
        child_keys[i] = rand() % 1000;
    }
    sm_argsort_i64(keys, N, expect);
    sm_argsort_i64(child_keys, N, child_expect);
    fflush(stdout);
    child = fork() == 0;
    if (child)
        printf("child: %s; ", sorts_as(child_keys, child_expect) ? "same" : "DIFFERENT");
    else {
        wait(&status);
        fflush(stdout);
        printf("parent after the child: %s\n", sorts_as(keys, expect) ? "same" : "DIFFERENT");
    }
    free(keys);
    free(child_keys);
    free(expect);
    free(child_expect);
    return 0;
}
