// Malformed: break out of a parallel loop.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: break-out-of-for.c:13:13: error: 'break' cannot leave a '#pragma sm parallel for' loop
int a[100];
int g;

int main(void) {
    int s = 0, n = 10;
#pragma sm parallel for
    for (int i = 0; i < n; i++) {
        if (a[i])
            break;
    }
    return s;
}
