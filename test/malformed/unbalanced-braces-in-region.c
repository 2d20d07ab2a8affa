// Malformed: a region whose block is never closed.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: unbalanced-braces-in-region.c:14:2: error: expected '}'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel
    {
        s++;
    return s;
}
