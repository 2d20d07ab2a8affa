// Malformed: a reduction without variables.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: reduction-empty-list.c:10:37: error: expected a variable name in 'reduction' clause, found ')'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for reduction(+:)
    for (int i = 0; i < n; i++)
        s += a[0];
    return s;
}
