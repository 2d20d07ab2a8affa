// Every test of the canonical loop, with the variable on either side: the
// trip count counts up for < and <=, down for > and >=, either way for !=.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s
#define N 100

void work(unsigned);

void f(unsigned n) {
#pragma sm parallel
    {
#pragma sm for
        for (unsigned i = 0; i < N; i++)
            work(i);
// CHECK: unsigned int __sm_ub1_0 = (N);
// CHECK-SAME: __sm_n1_0 = (__sm_st1_0 > 0 && __sm_lb1_0 < __sm_ub1_0 ? (((__UINT64_TYPE__)__sm_ub1_0 - (__UINT64_TYPE__)__sm_lb1_0) - 1) / ((__UINT64_TYPE__)__sm_st1_0) + 1 : 0);
#pragma sm for
        for (unsigned i = 0; i <= n; i++)
            work(i);
// CHECK: __sm_n2_0 = (__sm_st2_0 > 0 && __sm_lb2_0 <= __sm_ub2_0 ? (((__UINT64_TYPE__)__sm_ub2_0 - (__UINT64_TYPE__)__sm_lb2_0)) / ((__UINT64_TYPE__)__sm_st2_0) + 1 : 0);
#pragma sm for
        for (unsigned i = n; 0 < i; i--)
            work(i);
// CHECK: __sm_n3_0 = (__sm_st3_0 < 0 && __sm_lb3_0 > __sm_ub3_0 ?
#pragma sm for
        for (unsigned i = n; N <= i; i--)
            work(i);
// CHECK: unsigned int __sm_ub4_0 = (N);
// CHECK-SAME: __sm_n4_0 = (__sm_st4_0 < 0 && __sm_lb4_0 >= __sm_ub4_0 ?
#pragma sm for
        for (unsigned i = 0; i != n; i++)
            work(i);
// CHECK: __sm_n5_0 = (__sm_st5_0 > 0 && __sm_lb5_0 < __sm_ub5_0 ? {{.*}} : 0) + (__sm_st5_0 < 0 && __sm_lb5_0 > __sm_ub5_0 ? {{.*}} : 0);
    }
}
