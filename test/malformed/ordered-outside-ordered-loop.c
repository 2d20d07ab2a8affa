// Malformed: ordered in a loop without the ordered clause.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: ordered-outside-ordered-loop.c:12:12: error: 'ordered' must be inside a '#pragma sm for' loop with the 'ordered' clause
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for reduction(+: s)
    for (int i = 0; i < n; i++) {
#pragma sm ordered
        s += i;
    }
    return s;
}
