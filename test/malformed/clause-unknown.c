// Malformed: a clause smpp does not know.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: clause-unknown.c:10:21: error: unknown clause 'colour' on '#pragma sm parallel'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel colour(red)
    {
        s++;
    }
    return s;
}
