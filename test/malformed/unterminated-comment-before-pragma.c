// Malformed: a directive inside an unterminated comment.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: unterminated-comment-before-pragma.c:10:5: error: unterminated /* comment
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
    /* no end
#pragma sm parallel
    {
        s++;
    }
    return s;
}
