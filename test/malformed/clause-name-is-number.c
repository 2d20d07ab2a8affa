// Malformed: a number where a variable name belongs.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: clause-name-is-number.c:10:29: error: expected a variable name in 'private' clause, found '1'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel private(1)
    {
        s++;
    }
    return s;
}
