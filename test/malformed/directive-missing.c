// Malformed: #pragma sm and nothing else.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: directive-missing.c:10:11: error: expected a directive after '#pragma sm'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm
    {
        s++;
    }
    return s;
}
