// atomic capture: v gets the old value (v = x++, { v = x; x op= e; }) or
// the new one (v = ++x, v = x op= e, { x op= e; v = x; }).
// RUN: %smpp %s | FileCheck %s

void f(int *x, int v, double *d, double w) {
#pragma sm atomic capture
    v = (*x)++;
    // CHECK: v = __atomic_fetch_add(&((*x)), (1), __ATOMIC_SEQ_CST);
#pragma sm atomic capture
    v = *x += 4;
    // CHECK: v = __atomic_add_fetch(&(*x), (4), __ATOMIC_SEQ_CST);
#pragma sm atomic capture
    { v = *x; *x -= 2; }
    // CHECK: v = __atomic_fetch_sub(&(*x), (2), __ATOMIC_SEQ_CST);
#pragma sm atomic capture
    { *d *= 2; w = *d; }
    // CHECK: __sm_an = __sm_ao * __sm_ae; {{.*}} w = __sm_an; }
}
