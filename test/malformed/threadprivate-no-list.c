// Malformed: threadprivate without a variable list.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: threadprivate-no-list.c:12:25: error: expected '(' after '#pragma sm threadprivate'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
    return s;
}
#pragma sm threadprivate
