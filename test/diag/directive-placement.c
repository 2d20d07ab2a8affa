// Directives that belong in a function are errors at file scope, and
// file-scope directives are errors inside a function.
// RUN: not %smpp %s 2>&1 | FileCheck %s

int g;
#pragma sm barrier
// CHECK: directive-placement.c:[[@LINE-1]]:12: error: '#pragma sm barrier' must be inside a function

void f(void) {
#pragma sm shared(g)
// CHECK: directive-placement.c:[[@LINE-1]]:12: error: '#pragma sm shared' must be at file scope
}
