// flush is a full fence; threadprivate is accepted and does nothing (file-
// scope variables are per worker already); copyin is accepted too.
// RUN: %smpp %s | FileCheck %s

int g;
#pragma sm threadprivate(g)
// CHECK: int g;
// CHECK-EMPTY:

void f(void) {
#pragma sm parallel copyin(g)
    {
#pragma sm flush
        // CHECK: __atomic_thread_fence(__ATOMIC_SEQ_CST);
        g++;
    }
}
