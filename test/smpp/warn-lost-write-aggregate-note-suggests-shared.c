// A write to a member or an element of a private array, struct or union
// gets a note suggesting 'shared' on the region, not a reduction (an error
// on such a variable). A pointer gets neither note.
// RUN: %smpp %s 2>&1 >/dev/null | FileCheck %s

struct tally {
    long n;
};

const int *f(const int *a, int n) {
    struct tally t = {0};
    long bins[4] = {0};
    const int *p = a;
#pragma sm parallel for
    for (int i = 0; i < n; i++) {
        t.n++;
        bins[a[i] & 3] += 1;
        p += 1;
    }
    return p;
}
// CHECK: :16:9: warning: 't' is written by workers but is private
// CHECK-NEXT: :14:12: note: to share it with the workers, add 'shared(t)' here
// CHECK-NEXT: :17:9: warning: 'bins' is written by workers but is private
// CHECK-NEXT: :14:12: note: to share it with the workers, add 'shared(bins)' here
// CHECK-NEXT: :18:9: warning: 'p' is written by workers but is private
// CHECK-NOT: note:
