// Malformed: collapse(2) over a single loop.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: collapse-deeper-than-nest.c:12:9: error: 'collapse(2)' needs 2 perfectly nested loops: the body of this loop must be the next 'for' loop and nothing else
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for collapse(2)
    for (int i = 0; i < n; i++)
        s += a[i];
    return s;
}
