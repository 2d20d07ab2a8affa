// Malformed: private naming no variable.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: private-undeclared.c:10:29: error: use of undeclared variable 'nosuch' in 'private'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel private(nosuch)
    {
        s++;
    }
    return s;
}
