// Malformed: default() with a kind that does not exist.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: default-unknown-kind.c:10:29: error: expected 'shared', 'none', 'private' or 'firstprivate' in 'default' clause, found 'nothing'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel default(nothing)
    {
        s++;
    }
    return s;
}
