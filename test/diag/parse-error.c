// A file the compiler would reject is reported with clang's diagnostic
// and no output is written.
// RUN: not %smpp %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(void) {
#pragma sm parallel
    undeclared_function_call(;
}
// CHECK: parse-error.c:8:30: error:
