// Malformed: a token after the name of a critical section.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: critical-trailing-token.c:12:24: error: unexpected 'b' after '#pragma sm critical(a)'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel
    {
#pragma sm critical(a) b
        s++;
    }
    return s;
}
