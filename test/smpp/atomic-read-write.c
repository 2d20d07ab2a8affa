// atomic read and write become __atomic_load and __atomic_store.
// RUN: %smpp %s | FileCheck %s

void f(long *x, long v) {
#pragma sm atomic read
    v = *x;
    // CHECK: { __typeof__(*x) __sm_at; __atomic_load(&(*x), &__sm_at, __ATOMIC_SEQ_CST); v = __sm_at; }
#pragma sm atomic write
    *x = v * 2;
    // CHECK: { __typeof__(*x) __sm_at = (v * 2); __atomic_store(&(*x), &__sm_at, __ATOMIC_SEQ_CST); }
}
