// Malformed: an empty clause argument.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: clause-empty-expr.c:10:33: error: expected an expression in 'num_workers' clause
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel num_workers()
    {
        s++;
    }
    return s;
}
