// Malformed: a schedule kind that does not exist.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: schedule-unknown-kind.c:10:34: error: unknown schedule kind 'fast' (expected static, dynamic, guided, runtime or auto)
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for schedule(fast)
    for (int i = 0; i < n; i++)
        s += a[0];
    return s;
}
