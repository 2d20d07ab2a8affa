// Malformed: a loop without an initialisation.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: loop-missing-init.c:11:9: error: the loop must start by setting its iteration variable: 'for (int i = lo; ...' or 'for (i = lo; ...'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for
    for (; s < n; s++)
        s += a[0];
    return s;
}
