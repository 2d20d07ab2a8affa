// _Pragma("sm ...") works like #pragma sm, and can share a line with code.
// RUN: %smpp %s | FileCheck %s

void work(void);

void f(void) {
    _Pragma("sm parallel num_workers(2)") work();
    // CHECK: { static const __sm_loc __sm_loc_0 = {"{{.*}}", 7, 5, "parallel"}; (void)__sm_parallel_begin(&__sm_loc_0, (2), 1); { work(); } __sm_parallel_end(); }
}
