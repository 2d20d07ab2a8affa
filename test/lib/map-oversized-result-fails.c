// A result_size whose rings do not fit in memory fails with ENOMEM and a
// message, instead of a crash.
// RUN: %rtcc
// RUN: %t | FileCheck %s
// CHECK: rc=-1 ENOMEM sm_map: result_size 18446744073709551600 is too large
// CHECK-NEXT: rc=-1 ENOMEM sm_map: result_size 4611686018427387904 is too large
#include <errno.h>
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>

static int work(size_t job, void *result, void *arg) {
    (void)job;
    (void)result;
    (void)arg;
    return 0;
}

static void try_size(size_t result_size) {
    sm_map_options opts = {.num_workers = 2};
    int rc = sm_map(10, result_size, work, NULL, NULL, &opts);
    printf("rc=%d %s %s\n", rc, errno == ENOMEM ? "ENOMEM" : "?", sm_last_error());
}

int main(void) {
    try_size(SIZE_MAX - 15);
    try_size((size_t)1 << 62);
    return 0;
}
