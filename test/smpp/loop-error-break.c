// break out of a work-sharing loop is an error; break out of an inner
// loop of the body is fine.
// RUN: not %smpp %s 2>&1 | FileCheck %s --implicit-check-not=error:

void f(int n) {
#pragma sm parallel for
    for (int i = 0; i < n; i++) {
        while (n)
            break;
        if (i == 3)
            break;
    }
}
// CHECK: loop-error-break.c:11:13: error: 'break' cannot leave a '#pragma sm parallel for' loop
