// Malformed: bytes that are not UTF-8 inside a directive.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: non-utf8-in-pragma.c:10:21: error: unknown clause 'ÿ' on '#pragma sm parallel'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel ÿþ(Ã()
    {
        s++;
    }
    return s;
}
