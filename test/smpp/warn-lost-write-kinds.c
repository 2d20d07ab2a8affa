// Writes that workers lose: assignment, compound assignment, ++/--, and
// &x passed to a call, to locals declared before the region, parameters
// and globals, that the function can read after the region.  One warning
// per variable and region.
// RUN: %smpp %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:

int g;
void fill(int *);
void use(int);

void f(int param) {
    int a = 0, b = 0, c = 0, d = 0, arr[4];
    struct {
        int x;
    } s;
#pragma sm parallel
    {
        a = 1;
        b -= 2;
        c++;
        --c;
        fill(&d);
        param = 3;
        g = 4;
        arr[2] = 5;
        s.x = 6;
    }
    use(a + b + c + param);
}
// CHECK: warn-lost-write-kinds.c:18:9: warning: 'a' is written by workers but is private;
// CHECK-SAME: the write is lost when the region ends [-Wsm-lost-write]
// CHECK: warn-lost-write-kinds.c:19:9: warning: 'b' is written
// CHECK: warn-lost-write-kinds.c:20:9: warning: 'c' is written
// CHECK: warn-lost-write-kinds.c:22:14: warning: 'd' is written
// CHECK: warn-lost-write-kinds.c:23:9: warning: 'param' is written
// CHECK: warn-lost-write-kinds.c:24:9: warning: 'g' is written
// CHECK: warn-lost-write-kinds.c:25:9: warning: 'arr' is written
// CHECK: warn-lost-write-kinds.c:26:9: warning: 's' is written
