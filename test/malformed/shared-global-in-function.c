// Malformed: file-scope shared inside a function.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: shared-global-in-function.c:10:12: error: '#pragma sm shared' must be at file scope
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm shared(g)
    s++;
    return s;
}
