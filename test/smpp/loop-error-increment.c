// An increment other than ++, --, +=, -= or v = v +/- step is an error.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
#pragma sm parallel for
    for (int i = 1; i < n; i *= 2)
        ;
}
// CHECK: loop-error-increment.c:6:28: error: the loop increment must be 'i++', '++i', 'i--', '--i', 'i += step', 'i -= step', 'i = i + step', 'i = step + i' or 'i = i - step'
