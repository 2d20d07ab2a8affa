// Malformed: one variable in two data-sharing clauses.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: clause-var-in-two-lists.c:10:45: error: variable 's' appears in more than one data-sharing clause ('private' and 'firstprivate')
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel private(s) firstprivate(s)
    {
        s++;
    }
    return s;
}
