// Malformed: atomic followed by a block.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: atomic-not-an-update.c:11:5: error: statement after '#pragma sm atomic' must have the form x++, x--, ++x, --x, x op= e, x = x op e or x = e op x
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm atomic
    {
        s++;
    }
    return s;
}
