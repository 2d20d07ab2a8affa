// Malformed: return inside a critical section.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: return-in-critical.c:14:13: error: 'return' cannot leave a '#pragma sm critical' block
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel
    {
#pragma sm critical
        {
            return 2;
        }
    }
    return s;
}
