// Malformed: a reduction naming no variable.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: reduction-undeclared.c:10:38: error: use of undeclared variable 'nosuch' in 'reduction'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for reduction(+: nosuch)
    for (int i = 0; i < n; i++)
        s += a[0];
    return s;
}
