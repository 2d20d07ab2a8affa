// The typed sorts keep their scratch (4 bytes a key here) mapped for the
// next call; sm_argsort_release unmaps it, and a later sort maps it again.
// RUN: %rtcc
// RUN: for n in 1 2; do %t $n; done | FileCheck %s
// CHECK-COUNT-2: release unmapped at least 4 bytes a key: yes; sort after release: same
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 1000000

static long mapped_bytes(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    long pages = 0;
    if (!f || fscanf(f, "%ld", &pages) != 1)
        return -1;
    fclose(f);
    return pages * 4096;
}

int main(int argc, char **argv) {
    double *keys = malloc(N * sizeof *keys);
    size_t *perm = malloc(N * sizeof *perm), *again = malloc(N * sizeof *again);
    long kept;
    (void)argc;
    sm_set_num_workers(atoi(argv[1]));
    srand(5);
    for (size_t i = 0; i < N; i++)
        keys[i] = rand() % 100000;
    if (sm_argsort_f64(keys, N, perm) != 0)
        return printf("%s\n", sm_last_error()), 1;
    kept = mapped_bytes();
    sm_argsort_release();
    kept -= mapped_bytes();
    sm_argsort_release(); /* nothing left to release */
    if (sm_argsort_f64(keys, N, again) != 0)
        return printf("%s\n", sm_last_error()), 1;
    printf("release unmapped at least 4 bytes a key: %s; sort after release: %s\n",
           kept >= 4L * N ? "yes" : "no",
           memcmp(perm, again, N * sizeof *perm) ? "DIFFERENT" : "same");
    free(keys);
    free(perm);
    free(again);
    return 0;
}
