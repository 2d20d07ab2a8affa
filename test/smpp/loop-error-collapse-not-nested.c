// collapse(2) needs the inner loop to be the outer loop's whole body.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void work(int);

void f(int n) {
#pragma sm parallel for collapse(2)
    for (int i = 0; i < n; i++) {
        work(i);
        for (int j = 0; j < n; j++)
            work(j);
    }
}
// CHECK: loop-error-collapse-not-nested.c:8:33: error: 'collapse(2)' needs 2 perfectly nested loops: the body of this loop must be the next 'for' loop and nothing else
