// Called inside a parallel region, sm_map runs every job in the calling
// worker (a team of one), in order, and returns 0.
// RUN: %rtcc
// RUN: timeout 20 %t | sort | FileCheck %s
// CHECK: worker 0: rc=0, 30 jobs in this process, in order
// CHECK: worker 1: rc=0, 30 jobs in this process, in order
#include <sharedmem.h>
#include <stdio.h>
#include <unistd.h>

struct tally {
    pid_t pid;
    size_t next;
    int ok;
};

static int work(size_t job, void *result, void *arg) {
    const struct tally *t = arg;
    *(pid_t *)result = getpid();
    return job < 30 && t->pid == getpid() ? 0 : 1;
}

static void reduce(size_t job, const void *result, void *arg) {
    struct tally *t = arg;
    t->ok &= job == t->next++ && *(const pid_t *)result == t->pid;
}

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    int w = __sm_parallel_begin(&loc, 2, 1);
    struct tally t = {getpid(), 0, 1};
    sm_map_options opts = {.num_workers = 4};
    int rc = sm_map(30, sizeof(pid_t), work, reduce, &t, &opts);
    printf("worker %d: rc=%d, %zu jobs %s\n", w, rc, t.next,
           t.ok ? "in this process, in order" : "elsewhere or out of order");
    __sm_parallel_end();
    return 0;
}
