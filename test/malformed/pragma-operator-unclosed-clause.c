// Malformed: _Pragma with an unclosed clause.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: pragma-operator-unclosed-clause.c:10:38: error: expected ')' to end 'num_workers' clause
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
    _Pragma("sm parallel num_workers(")
    {
        s++;
    }
    return s;
}
