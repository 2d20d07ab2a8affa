// Ordinary variables are private: a write by a worker other than the
// master vanishes at region end; the master (worker 0) continues as the
// same process, so its own write persists.
// RUN: %smcc -Wno-sm-lost-write %s -o %t
// RUN: for n in 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

int global = 1;

int main(void) {
    int local = 10;
#pragma sm parallel
    {
        if (sm_worker_id() != 0) {
            local = 99;
            global = 99;
        }
    }
    printf("local %d global %d\n", local, global);
#pragma sm parallel
    {
        if (sm_worker_id() == 0)
            local = 42;
    }
    printf("master wrote %d\n", local);
    return 0;
}
// CHECK: local 10 global 1
// CHECK: master wrote 42
