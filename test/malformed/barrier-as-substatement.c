// Malformed: a standalone directive as the body of an if.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: barrier-as-substatement.c:11:12: error: '#pragma sm barrier' cannot be the statement of an 'if'; put it inside braces
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
    if (s)
#pragma sm barrier
    s++;
    return s;
}
