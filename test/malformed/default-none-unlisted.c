// Malformed: default(none) and a variable in no clause.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: default-none-unlisted.c:12:9: error: variable 's' must be listed in a data-sharing clause because of 'default(none)'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel default(none)
    {
        s++;
    }
    return s;
}
