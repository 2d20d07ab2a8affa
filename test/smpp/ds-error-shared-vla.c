// A variable-length array cannot be shared (its size is not known when the
// copy is made); the heap is shared, so malloc it instead.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
    int v[n];
#pragma sm parallel shared(v)
    v[0] = 1;
}
// CHECK: ds-error-shared-vla.c:7:28: error: 'shared' cannot share 'v': it is a variable-length array (allocate it with malloc instead: the heap is shared)
