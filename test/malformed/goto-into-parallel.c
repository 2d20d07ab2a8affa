// Malformed: goto from before a region to a label inside it.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: goto-into-parallel.c:10:5: error: 'goto' cannot enter a '#pragma sm parallel' block
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
    goto in;
#pragma sm parallel
    {
    in:
        s++;
    }
    return s;
}
