// An ordered block needs the 'ordered' clause on its loop.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void work(int);

void f(int n) {
#pragma sm parallel for
    for (int i = 0; i < n; i++) {
#pragma sm ordered
        work(i);
    }
}
// CHECK: ordered-error-no-clause.c:9:12: error: 'ordered' must be inside a '#pragma sm for' loop with the 'ordered' clause
