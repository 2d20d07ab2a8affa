// Malformed: parallel for followed by a while loop.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: loop-while.c:11:5: error: '#pragma sm parallel for' must be followed by a 'for' loop
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for
    while (s < n)
        s++;
    return s;
}
