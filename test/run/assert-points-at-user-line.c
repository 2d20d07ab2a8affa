// assert() inside a region names the user's file and line (the rewrite
// keeps lines and #line names the original file).
// It needs a worker other than the master, so not with --sm-serial:
// UNSUPPORTED: serial
// RUN: %smcc %s -o %t
// RUN: env SM_NUM_WORKERS=2 %t > %t.err 2>&1; test $? = 134
// RUN: FileCheck %s < %t.err
#include <assert.h>
#include <sharedmem.h>

int main(void) {
#pragma sm parallel
    {
        int me = sm_worker_id();
        assert(me != 1);
        // CHECK: assert-points-at-user-line.c:[[@LINE-1]]: main: Assertion `me != 1' failed.
        // CHECK: sharedmem: worker 1 (pid {{[0-9]+}}) killed by SIGABRT
    }
    return 0;
}
