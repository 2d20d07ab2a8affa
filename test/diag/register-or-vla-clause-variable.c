// A register variable cannot be shared, firstprivate or lastprivate (their
// copies take its address), and a VLA cannot be lastprivate (its value goes
// through a slot of fixed size). A register reduction variable is fine.
// RUN: not %smpp %s 2>&1 | FileCheck %s --implicit-check-not=error:

void f(int n) {
    register int last = 0, first = 1;
    register long sum = 0;
    int v[n];
#pragma sm parallel for lastprivate(last) firstprivate(first) reduction(+ : sum)
    // CHECK: [[@LINE-1]]:37: error: 'register' variable 'last' cannot be 'lastprivate'
    // CHECK: [[@LINE-2]]:56: error: 'register' variable 'first' cannot be 'firstprivate'
    for (int i = 0; i < n; i++) {
        last = i + first;
        sum += i;
    }
#pragma sm parallel for lastprivate(v)
    // CHECK: [[@LINE-1]]:37: error: variable-length array 'v' cannot be 'lastprivate'
    for (int i = 0; i < n; i++)
        v[0] = i;
    (void)(last + sum);
}
