// Malformed: a reduction operator that does not exist.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: reduction-unknown-operator.c:10:35: error: unknown reduction operator 'foo' (expected + - * & | ^ && || min max)
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for reduction(foo: s)
    for (int i = 0; i < n; i++)
        s += a[0];
    return s;
}
