// Malformed: for followed by a block.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: for-not-a-loop.c:13:9: error: '#pragma sm for' must be followed by a 'for' loop
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel
    {
#pragma sm for
        {
            s++;
        }
    }
    return s;
}
