// critical excludes across sm_map's workers even when no parallel region
// ran before: a read-sleep-write of a shared counter loses no update.
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 2 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-2: rc=0 counter=200
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static long *counter;

static int work(size_t job, void *result, void *arg) {
    (void)job;
    (void)result;
    (void)arg;
#pragma sm critical
    {
        long seen = *counter;
        usleep(1000);
        *counter = seen + 1;
    }
    return 0;
}

int main(void) {
    counter = calloc(1, sizeof *counter);
    int rc = sm_map(200, 0, work, NULL, NULL, NULL);
    printf("rc=%d counter=%ld\n", rc, *counter);
    return 0;
}
