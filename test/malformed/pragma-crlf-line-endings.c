// Malformed: CRLF line endings: the column is still right.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: pragma-crlf-line-endings.c:10:33: error: expected '(' after 'num_workers', found '4'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel num_workers 4
    {
        s++;
    }
    return s;
}
