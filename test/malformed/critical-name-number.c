// Malformed: a critical section named by a number.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: critical-name-number.c:12:21: error: expected a name in 'critical(...)', found '1'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel
    {
#pragma sm critical(1)
        s++;
    }
    return s;
}
