// Malformed: a clause of another directive.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: clause-wrong-directive.c:10:21: error: clause 'nowait' is not allowed on '#pragma sm parallel'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel nowait
    {
        s++;
    }
    return s;
}
