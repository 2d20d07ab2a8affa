// A pointer iteration variable counts elements: the distance is a pointer
// difference and the variable is the lower bound plus a signed offset.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void work(double *);

void f(double *a, int n) {
#pragma sm parallel for
    for (double *p = a; p < a + n; p += 2)
        work(p);
}

// CHECK: double * __sm_lb0_0 = (a); double * __sm_ub0_0 = (a + n);
// CHECK-SAME: (__UINT64_TYPE__)(__sm_ub0_0 - __sm_lb0_0)
// CHECK-SAME: double * p __attribute__((unused)) = __sm_lb0_0 + (__INT64_TYPE__)(__sm_k0 * (__UINT64_TYPE__)__sm_st0_0);
