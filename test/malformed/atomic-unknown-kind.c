// Malformed: an atomic kind that does not exist.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: atomic-unknown-kind.c:10:19: error: unexpected 'increment' on '#pragma sm atomic' (expected read, write, update or capture)
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm atomic increment
    s++;
    return s;
}
