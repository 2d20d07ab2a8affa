// SM_TRACE=FILE writes Chrome trace-event JSON that python's json module
// accepts, with a track per worker: its fork, its region, its loop and
// the chunks it ran; the workers that reach the barrier first wait there.
// RUN: %rtcc
// RUN: rm -f %t.json
// RUN: SM_TRACE=%t.json SM_NUM_WORKERS=3 %t
// RUN: python3 -m json.tool %t.json > /dev/null
// RUN: python3 %s.py %t.json | FileCheck %s
// CHECK: tid 0 (worker 0 (master)): chunk for fork join parallel
// CHECK-NEXT: tid 1 (worker 1): chunk for fork parallel
// CHECK-NEXT: tid 2 (worker 2): chunk for fork parallel
// CHECK-NEXT: waits: barrier
// CHECK-NEXT: chunks cover 0..300
#include <sharedmem.h>
#include <unistd.h>

static const __sm_loc region_loc = {__FILE__, __LINE__, 1, "parallel"};
static const __sm_loc loop_loc = {__FILE__, __LINE__, 1, "for"};
static const __sm_loc barrier_loc = {__FILE__, __LINE__, 1, "barrier"};

int main(void) {
    __sm_parallel_begin(&region_loc, 0, 1);
    __sm_loop L;
    uint64_t b, e;
    __sm_loop_begin(&L, 300, SM_SCHED_STATIC, 10, 0, &loop_loc);
    while (__sm_loop_next(&L, &b, &e))
        usleep(100);
    __sm_loop_end(&L);
    if (sm_worker_id() == 0)
        usleep(20000);
    __sm_barrier(&barrier_loc);
    __sm_parallel_end();
    return 0;
}
