// Malformed: a loop over a double.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: loop-floating-variable.c:11:10: error: the iteration variable 'd' must have an integer type of at most 64 bits or a pointer type, not 'double'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for
    for (double d = 0; d < n; d++)
        a[0] = (int)d;
    return s;
}
