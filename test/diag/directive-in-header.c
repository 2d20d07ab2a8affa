// A directive written in a header is an error at the header's line: smpp
// rewrites only the file being compiled, and the compiler would ignore it.
// One in an #if 0 block is not.
// RUN: not %smpp %s -o %t.c -- -I%S/Inputs 2>&1 | FileCheck %s --implicit-check-not=error:
// CHECK: directive-in-header.h:4:1: error: '#pragma sm' in a header is not rewritten: smpp
// CHECK-SAME: rewrites only the file being compiled, and the compiler would ignore it
#include "directive-in-header.h"

int main(void) {
    return (int)sum_to(10);
}
