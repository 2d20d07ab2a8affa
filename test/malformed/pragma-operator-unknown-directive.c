// Malformed: _Pragma with an unknown directive.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: pragma-operator-unknown-directive.c:10:17: error: unknown directive '#pragma sm paralel' (expected parallel, for, critical, ordered, master, barrier, single, atomic, flush, threadprivate or shared)
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
    _Pragma("sm paralel")
    {
        s++;
    }
    return s;
}
