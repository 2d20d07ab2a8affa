// A reference written as a macro argument is redirected where it is
// written; one inside a macro's definition cannot be, and is an error.
// RUN: %smpp %s -- -DOK | grep -v '^// ' | FileCheck %s
// RUN: not %smpp %s 2>&1 | FileCheck %s --check-prefix=ERR
#define TWICE(v) ((v) + (v))
#define BUMP() (x++)

int f(void) {
    int x = 1;
#pragma sm parallel shared(x)
    {
        x = TWICE(x);
#ifndef OK
        BUMP();
#endif
    }
    return x;
}

// CHECK: (*__sm_sh0_x) = TWICE((*__sm_sh0_x));
// ERR: ds-macro-argument.c:14:9: error: 'x' is used inside a macro's definition here; smpp cannot redirect it to its shared copy (pass it to the macro as an argument)
