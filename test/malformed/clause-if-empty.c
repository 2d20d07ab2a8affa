// Malformed: an if clause without a condition.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: clause-if-empty.c:10:24: error: expected an expression in 'if' clause
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel if()
    {
        s++;
    }
    return s;
}
