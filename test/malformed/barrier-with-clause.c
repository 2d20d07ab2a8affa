// Malformed: a clause on barrier.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: barrier-with-clause.c:12:20: error: '#pragma sm barrier' takes no clauses, found 'nowait'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel
    {
#pragma sm barrier nowait
    }
    return s;
}
