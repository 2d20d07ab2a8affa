// The statement of an atomic must have one of the forms OpenMP allows.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int *x, int *y) {
#pragma sm atomic
    *x = *y;
// CHECK: atomic-bad-form.c:[[@LINE-1]]:5: error: statement after '#pragma sm atomic' must have the form x++, x--, ++x, --x, x op= e, x = x op e or x = e op x
#pragma sm atomic read
    (*x)++;
// CHECK: atomic-bad-form.c:[[@LINE-1]]:5: error: statement after '#pragma sm atomic read' must have the form v = x
}
