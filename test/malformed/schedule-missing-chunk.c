// Malformed: a comma but no chunk size.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: schedule-missing-chunk.c:10:41: error: expected an expression in 'schedule' clause
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for schedule(static,)
    for (int i = 0; i < n; i++)
        s += a[0];
    return s;
}
