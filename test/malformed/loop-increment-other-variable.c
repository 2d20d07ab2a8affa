// Malformed: a loop that increments another variable.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: loop-increment-other-variable.c:11:28: error: the loop increment must be 'i++', '++i', 'i--', '--i', 'i += step', 'i -= step', 'i = i + step', 'i = step + i' or 'i = i - step'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for
    for (int i = 0; i < n; s++)
        a[i] = i;
    return s;
}
