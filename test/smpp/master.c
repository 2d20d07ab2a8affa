// master runs its statement on worker 0 only, with no barrier; the braces
// keep a following 'else' bound to the user's own 'if'.
// RUN: %smpp %s | FileCheck %s

void work(void);
void other(void);

void f(int c) {
#pragma sm parallel
    {
        if (c)
#pragma sm master
            work();
        else
            other();
    }
}
// CHECK: { if (sm_worker_id() == 0)
// CHECK-NEXT: work(); }
// CHECK-NEXT: else
