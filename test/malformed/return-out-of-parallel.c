// Malformed: return inside a parallel region.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: return-out-of-parallel.c:13:13: error: 'return' cannot leave a '#pragma sm parallel' block
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel
    {
        if (s)
            return 1;
    }
    return s;
}
