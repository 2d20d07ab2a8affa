// Malformed: unbalanced parentheses inside a clause expression.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: clause-nested-parens-unbalanced.c:10:40: error: expected ')' to end 'num_workers' clause
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel num_workers((n + 1)
    {
        s++;
    }
    return s;
}
