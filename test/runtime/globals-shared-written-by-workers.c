// SM_SHARED_GLOBAL globals -- initialised and zero-initialised scalars,
// arrays and structs, static or not, a pointer with a relocated initial
// value -- start with their initial values in every worker, and workers'
// writes are seen by the master after the region.  An ordinary global
// defined next to them stays private.
// RUN: %rtcc
// RUN: %t | FileCheck %s
// RUN: %rtcc -no-pie && %t | FileCheck %s
// RUN: %rtcc -fPIE -pie && %t | FileCheck %s
// CHECK: initial in workers: ok
// CHECK-NEXT: scalar 42 zero-scalar 99 array 1.5 2.5 3.5 zero-array 1 2 3
// CHECK-NEXT: struct 11 12 8.5 zero-struct 21 "bye"
// CHECK-NEXT: private neighbour 5
#include <sharedmem.h>
#include <stdio.h>
#include <string.h>

struct point {
    int x, y;
    double w[3];
};

SM_SHARED_GLOBAL int scalar = 7;
SM_SHARED_GLOBAL long zero_scalar;
SM_SHARED_GLOBAL static double array[4] = {0.5, 0.5, 0.5, 0.5};
SM_SHARED_GLOBAL int zero_array[1000];
SM_SHARED_GLOBAL struct point pt = {1, 2, {3, 4, 5}};
SM_SHARED_GLOBAL static struct point zero_pt;
SM_SHARED_GLOBAL const char *message = "hello";
int neighbour = 5;
SM_SHARED_GLOBAL int initial_ok[4];

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    static const __sm_loc bar = {__FILE__, __LINE__, 1, "barrier"};
    __sm_parallel_begin(&loc, 4, 1);
    int id = sm_worker_id();
    initial_ok[id] = scalar == 7 && zero_scalar == 0 && array[3] == 0.5 && pt.w[2] == 5 &&
                     zero_pt.x == 0 && strcmp(message, "hello") == 0;
    __sm_barrier(&bar);
    if (id != 0)
        neighbour = 100;
    if (id == 1) {
        scalar = 42;
        zero_scalar = 99;
        pt.x = 11;
        pt.y = 12;
        pt.w[2] = 8.5;
        zero_pt.y = 21;
        message = "bye";
    }
    if (id > 0) {
        array[id - 1] = id + 0.5;
        zero_array[id - 1] = id;
    }
    __sm_parallel_end();
    int all = initial_ok[0] && initial_ok[1] && initial_ok[2] && initial_ok[3];
    printf("initial in workers: %s\n", all ? "ok" : "WRONG");
    printf("scalar %d zero-scalar %ld array %g %g %g zero-array %d %d %d\n", scalar, zero_scalar,
           array[0], array[1], array[2], zero_array[0], zero_array[1], zero_array[2]);
    printf("struct %d %d %g zero-struct %d \"%s\"\n", pt.x, pt.y, pt.w[2], zero_pt.y, message);
    printf("private neighbour %d\n", neighbour);
    return 0;
}
