// Malformed: a loop whose step multiplies.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: loop-multiplicative-step.c:11:28: error: the loop increment must be 'i++', '++i', 'i--', '--i', 'i += step', 'i -= step', 'i = i + step', 'i = step + i' or 'i = i - step'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for
    for (int i = 1; i < n; i *= 2)
        a[i] = i;
    return s;
}
