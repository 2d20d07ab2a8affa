// Malformed: goto from a region to a label after it.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: goto-out-of-parallel.c:12:9: error: 'goto' cannot leave a '#pragma sm parallel' block
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel
    {
        goto out;
    }
out:
    return s;
}
