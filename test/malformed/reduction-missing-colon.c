// Malformed: a reduction without the colon after its operator.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: reduction-missing-colon.c:10:37: error: expected ':' after 'reduction operator', found 's'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for reduction(+ s)
    for (int i = 0; i < n; i++)
        s += a[0];
    return s;
}
