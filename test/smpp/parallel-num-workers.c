// num_workers(expr) and its OpenMP alias num_threads(expr) become the
// team-size argument, evaluated once by the master.
// RUN: %smpp %s | FileCheck %s

void work(void);

void f(int n) {
#pragma sm parallel num_workers(n + 1)
    work();
    // CHECK: __sm_parallel_begin(&__sm_loc_0, (n + 1), 1);
#pragma sm parallel num_threads(2)
    work();
    // CHECK: __sm_parallel_begin(&__sm_loc_1, (2), 1);
}
