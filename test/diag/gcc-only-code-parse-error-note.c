// Code gcc accepts and clang rejects (here a GNU nested function) fails
// smpp's libclang parse; clang's error is followed by a note saying why
// smpp parses with clang and what to do.
// RUN: not %smpp %s -o %t.c 2>&1 | FileCheck %s

int main(void) {
    int base = 10;
    int add(int x) {
        return x + base;
    }
    long s = 0;
#pragma sm parallel for reduction(+ : s)
    for (int i = 0; i < 10; i++)
        s += add(i);
    return (int)s;
}
// CHECK: gcc-only-code-parse-error-note.c:8:20: error: function definition is not allowed here
// CHECK: smpp: note: the errors above are clang's: smpp parses the file with libclang
// CHECK-SAME: to rewrite its directives, so code that gcc accepts but clang does not
// CHECK-SAME: (nested functions, some GNU extensions) must move to a file without
// CHECK-SAME: sharedmem directives
