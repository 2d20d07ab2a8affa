// Malformed: one closing parenthesis too many.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: clause-extra-close-paren.c:10:35: error: unknown clause ')' on '#pragma sm parallel'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel num_workers(4))
    {
        s++;
    }
    return s;
}
