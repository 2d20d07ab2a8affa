// An unknown schedule kind is an error at the kind.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
#pragma sm parallel for schedule(fastest)
    for (int i = 0; i < n; i++)
        ;
}
// CHECK: loop-error-unknown-schedule.c:5:34: error: unknown schedule kind 'fastest' (expected static, dynamic, guided, runtime or auto)
