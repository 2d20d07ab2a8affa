// Malformed: bytes that are not UTF-8 around a directive: columns count bytes.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: non-utf8-around-pragma.c:11:36: error: unknown clause 'ÿ' on '#pragma sm parallel'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
    /* ÿþÃ( */ s = 1; /* â‚ */
#pragma sm parallel num_workers(2) ÿ
    {
        s++; /* ð */
    }
    return s;
}
