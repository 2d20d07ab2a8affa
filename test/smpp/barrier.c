// barrier becomes one call, on its own line.
// RUN: %smpp %s | FileCheck %s

void f(void) {
#pragma sm parallel
    {
#pragma sm barrier
    }
}
// CHECK: { static const __sm_loc __sm_loc_1 = {"{{.*}}barrier.c", 7, 1, "barrier"}; __sm_barrier(&__sm_loc_1); }
