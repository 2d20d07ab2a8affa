// Malformed: collapse(0).
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: collapse-zero.c:10:34: error: 'collapse' needs a constant between 1 and 16, found '0'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for collapse(0)
    for (int i = 0; i < n; i++)
        s += a[0];
    return s;
}
