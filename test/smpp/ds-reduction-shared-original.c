// A reduction whose original is shared by the enclosing region: only
// worker 0 combines into it (the others would race), and the loop's
// barrier publishes the result.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void f(int n) {
    long total = 0;
#pragma sm parallel shared(total)
    {
#pragma sm for reduction(+ : total)
        for (int i = 0; i < n; i++)
            total += i;
    }
}

// CHECK: __sm_r1_total += i;
// CHECK-SAME: if (sm_worker_id() == 0) { (*__sm_sh0_total) = (*__sm_sh0_total) + __sm_q->f0; } } } __sm_loop_end(&__sm_L1);
