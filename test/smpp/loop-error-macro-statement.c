// A statement written by a macro is not in the AST smpp works on; the
// directive must not silently apply to the next statement instead.
// RUN: not %smpp %s 2>&1 | FileCheck %s
#define LOOP for (int q = 0; q < 3; q++)

void g(int);

void f(int n) {
#pragma sm parallel for
    LOOP g(q);
    for (int i = 0; i < n; i++)
        g(i);
}
// CHECK: loop-error-macro-statement.c:9:24: error: the statement after '#pragma sm parallel for' comes from a macro; smpp cannot rewrite it (write the statement out)
