// With SM_DEBUG=1 every job runs in the master itself, in job order.
// RUN: %rtcc
// RUN: SM_DEBUG=1 %t | FileCheck %s
// CHECK: rc=0: 50 jobs ran in the master, in order
#include <sharedmem.h>
#include <stdio.h>
#include <unistd.h>

static pid_t master;
static size_t next;
static int in_order = 1;

static int work(size_t job, void *result, void *arg) {
    (void)result;
    (void)arg;
    in_order &= getpid() == master && job == next++;
    return 0;
}

int main(void) {
    sm_map_options opts = {.num_workers = 4};
    int rc;
    master = getpid();
    rc = sm_map(50, 8, work, NULL, NULL, &opts);
    printf("rc=%d: %zu jobs ran %s\n", rc, next,
           in_order ? "in the master, in order" : "elsewhere or out of order");
    return 0;
}
