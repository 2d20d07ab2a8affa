// Malformed: parallel followed by a declaration.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: parallel-before-declaration.c:11:5: error: '#pragma sm parallel' must be followed by a statement, not a declaration
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel
    int t = 0;
    s += t;
    return s;
}
