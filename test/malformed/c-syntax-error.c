// Malformed: a C syntax error next to a valid directive.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: c-syntax-error.c:10:9: error: expected expression
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
    s = ;
#pragma sm parallel
    {
        s++;
    }
    return s;
}
