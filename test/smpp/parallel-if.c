// if(expr) selects a team of one when false; OpenMP's if(parallel: expr)
// modifier is accepted.
// RUN: %smpp %s | FileCheck %s

void work(void);

void f(int n) {
#pragma sm parallel if(n > 100)
    work();
    // CHECK: __sm_parallel_begin(&__sm_loc_0, 0, ((n > 100) != 0));
#pragma sm parallel if(parallel: n) num_workers(3)
    work();
    // CHECK: __sm_parallel_begin(&__sm_loc_1, (3), ((n) != 0));
}
