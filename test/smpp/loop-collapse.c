// collapse(2) multiplies the trip counts; each range's first logical
// index is decoded into one counter per level, which then advance like an
// odometer (no division per iteration); braces around the inner loop are
// kept balanced, and the inner loop's bounds stay on the inner loop's line.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void work(int, int);

void f(int n, int m) {
#pragma sm parallel for collapse(2)
    for (int i = 0; i < n; i++) {
        for (int j = m; j > 0; j--)
            work(i, j);
    }
}

// CHECK: int __sm_lb0_0 = (0); int __sm_ub0_0 = (n);
// CHECK-NEXT: int __sm_lb0_1 = (m); int __sm_ub0_1 = (0);
// CHECK-SAME: __UINT64_TYPE__ __sm_n0 = __sm_n0_0 * __sm_n0_1;
// CHECK-SAME: __UINT64_TYPE__ __sm_q0_0; __UINT64_TYPE__ __sm_q0_1;
// CHECK-SAME: __UINT64_TYPE__ __sm_r0 = __sm_b0; __sm_q0_1 = __sm_r0 % __sm_n0_1; __sm_r0 /= __sm_n0_1; __sm_q0_0 = __sm_r0;
// CHECK-SAME: for (__UINT64_TYPE__ __sm_k0 = __sm_b0; __sm_k0 < __sm_e0; __sm_k0++, (void)(++__sm_q0_1 == __sm_n0_1 ? (__sm_q0_1 = 0, ++__sm_q0_0) : 0)) {
// CHECK-SAME: int i __attribute__((unused)) = (int)((__UINT64_TYPE__)__sm_lb0_0 + __sm_q0_0 * (__UINT64_TYPE__)__sm_st0_0);
// CHECK-SAME: int j __attribute__((unused)) = (int)((__UINT64_TYPE__)__sm_lb0_1 + __sm_q0_1 * (__UINT64_TYPE__)__sm_st0_1); {
// CHECK-NEXT: work(i, j);
// CHECK-NEXT: } } } __sm_loop_end(&__sm_L0); } __sm_parallel_end(); }
