// Every increment form of the canonical loop: the step and its sign.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void work(int);

void f(int n, int s) {
#pragma sm parallel
    {
#pragma sm for
        for (int i = 0; i < n; ++i)
            work(i);
// CHECK: __INT64_TYPE__ __sm_st1_0 = (__INT64_TYPE__)(1);
#pragma sm for
        for (int i = n; i > 0; i--)
            work(i);
// CHECK: __INT64_TYPE__ __sm_st2_0 = -(__INT64_TYPE__)(1);
#pragma sm for
        for (int i = n; i > 0; --i)
            work(i);
// CHECK: __INT64_TYPE__ __sm_st3_0 = -(__INT64_TYPE__)(1);
#pragma sm for
        for (int i = 0; i < n; i += s)
            work(i);
// CHECK: __INT64_TYPE__ __sm_st4_0 = (__INT64_TYPE__)(s);
#pragma sm for
        for (int i = n; i > 0; i -= s + 1)
            work(i);
// CHECK: __INT64_TYPE__ __sm_st5_0 = -(__INT64_TYPE__)(s + 1);
#pragma sm for
        for (int i = 0; i < n; i = i + 2)
            work(i);
// CHECK: __INT64_TYPE__ __sm_st6_0 = (__INT64_TYPE__)(2);
#pragma sm for
        for (int i = 0; i < n; i = 2 * s + i)
            work(i);
// CHECK: __INT64_TYPE__ __sm_st7_0 = (__INT64_TYPE__)(2 * s);
#pragma sm for
        for (int i = n; i > 0; i = i - 4)
            work(i);
// CHECK: __INT64_TYPE__ __sm_st8_0 = -(__INT64_TYPE__)(4);
    }
}
