// Malformed: a loop test on another variable.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: loop-condition-on-other-variable.c:11:21: error: the loop test must compare 'i' with <, <=, >, >= or !=
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for
    for (int i = 0; s < n; i++)
        a[i] = i;
    return s;
}
