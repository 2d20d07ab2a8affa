// A directive that needs a statement and has none is an error at the
// directive; a declaration is not a statement.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(void) {
    {
#pragma sm parallel
    }
// CHECK: missing-statement.c:[[@LINE-2]]:12: error: '#pragma sm parallel' must be followed by a statement
#pragma sm critical
    int x = 0;
// CHECK: missing-statement.c:[[@LINE-1]]:5: error: '#pragma sm critical' must be followed by a statement, not a declaration
    (void)x;
}
