// A write to a member or an element, or to a variable no reduction takes
// (a struct, a pointer), gets the warning but no note suggesting a
// reduction, which would be an error on that variable.
// RUN: %smpp %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=note:

struct tally {
    long n;
};

void f(const int *a, int n) {
    struct tally t = {0};
    long bins[4] = {0};
    const int *p = a;
#pragma sm parallel for
    for (int i = 0; i < n; i++) {
        t.n++;
        bins[a[i] & 3] += 1;
        p += 1;
    }
}
// CHECK: :16:9: warning: 't' is written by workers but is private
// CHECK: :17:9: warning: 'bins' is written by workers but is private
// CHECK: :18:9: warning: 'p' is written by workers but is private
