// Malformed: a variable list ending in a comma.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: clause-list-trailing-comma.c:10:32: error: expected a variable name in 'private' clause, found ')'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel private(s, )
    {
        s++;
    }
    return s;
}
