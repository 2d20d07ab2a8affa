// A const variable (or array of const) in private or firstprivate needs no
// copy: it cannot change, and copying into a const copy would not compile.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

long f(void) {
    const int tab[3] = {1, 2, 3};
    const double k = 2.5;
    long s = 0;
#pragma sm parallel for firstprivate(tab, k) reduction(+ : s)
    for (int i = 0; i < 3; i++)
        s += (long)(tab[i] * k);
    return s;
}

// CHECK: __typeof__(s) __sm_r0_s = 0;
// CHECK-NOT: __sm_p0_
// CHECK: __sm_r0_s += (long)(tab[i] * k);
