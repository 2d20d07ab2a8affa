// Malformed: a loop whose body writes the iteration variable.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: loop-variable-modified-in-body.c:12:9: error: the iteration variable 'i' must not be modified in the loop body
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for
    for (int i = 0; i < n; i++)
        i += 2;
    return s;
}
