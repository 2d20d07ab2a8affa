// A loop test that does not compare the iteration variable is an error at
// the test.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
#pragma sm parallel for
    for (int i = 0; i * 2 < n; i++)
        ;
}
// CHECK: loop-error-test.c:7:21: error: the loop test must compare 'i' with <, <=, >, >= or !=
