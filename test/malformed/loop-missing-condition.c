// Malformed: a loop without a test.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: loop-missing-condition.c:11:19: error: the loop test must compare 'i' with <, <=, >, >= or !=
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for
    for (int i = 0;; i++)
        a[i % 100] = i;
    return s;
}
