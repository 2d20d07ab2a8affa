// An iteration variable declared before the loop is private to the loop:
// the body's references go to a per-iteration copy, the outer variable is
// not touched.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void work(long);

void f(long n) {
    long i;
#pragma sm parallel for
    for (i = n; i >= 0; i -= 3)
        work(i + i);
    work(i);
}

// CHECK: __typeof__(i) __sm_lb0_0 = (n); __typeof__(i) __sm_ub0_0 = (0); __INT64_TYPE__ __sm_st0_0 = -(__INT64_TYPE__)(3);
// CHECK-SAME: (__sm_st0_0 < 0 && __sm_lb0_0 >= __sm_ub0_0 ?
// CHECK-SAME: __typeof__(i) __sm_p0_i __attribute__((unused)) =
// CHECK-NEXT: work(__sm_p0_i + __sm_p0_i); } } __sm_loop_end(&__sm_L0);
// CHECK-NEXT: work(i);
