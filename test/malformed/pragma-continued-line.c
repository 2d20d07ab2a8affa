// Malformed: an error on the continuation line of a directive.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: pragma-continued-line.c:12:5: error: unknown clause 'colour' on '#pragma sm parallel'
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel \
    num_workers(2) \
    colour(red)
    {
        s++;
    }
    return s;
}
