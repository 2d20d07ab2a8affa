// An unknown directive is an error at its name.
// RUN: not %smpp %s -o %t.c 2>&1 | FileCheck %s
// RUN: test ! -e %t.c

void f(void) {
#pragma sm paralel
    {}
}
// CHECK: unknown-directive.c:6:12: error: unknown directive '#pragma sm paralel'
