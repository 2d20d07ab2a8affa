// private(x) is a new, uninitialised variable for the construct;
// firstprivate(y) a copy of the original.  References are redirected
// through the AST, so a field or a string with the same name is untouched.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

struct S {
    int x;
};
void work(const char *, int, int, struct S);

void f(struct S s) {
    int x = 1, y[2] = {2, 3};
#pragma sm parallel private(x) firstprivate(y)
    {
        x = y[1];
        work("x", x, y[0], s);
        s.x = x;
    }
}

// CHECK: __typeof__(x) __sm_p0_x __attribute__((unused)); __typeof__(y) __sm_p0_y __attribute__((unused)); __builtin_memcpy(&__sm_p0_y, &y, sizeof __sm_p0_y);
// CHECK-NEXT: {
// CHECK-NEXT: __sm_p0_x = __sm_p0_y[1];
// CHECK-NEXT: work("x", __sm_p0_x, __sm_p0_y[0], s);
// CHECK-NEXT: s.x = __sm_p0_x;
