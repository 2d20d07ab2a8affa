// Malformed: parallel at the end of a block.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: parallel-without-statement.c:11:12: error: '#pragma sm parallel' must be followed by a statement
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
    s++;
#pragma sm parallel
}
