// A region that writes through a pointer parameter its function never
// reassigns loses the workers' writes when a caller (outside any region)
// passes private storage: a local array, or a global not in '#pragma sm
// shared'. Reported at the argument, with notes at the region and at the
// declaration. Heap memory, a shared global, and a parameter the function
// reassigns are not reported.
// RUN: %smpp %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:

#include <stdlib.h>

static double table[50];
static double shared_table[50];
#pragma sm shared(shared_table)

void compute(double *out, int n) {
#pragma sm parallel for
    for (int i = 0; i < n; i++)
        out[i] = i * 0.5;
}

void scale_from_second(double *v, int n) {
    v = v + 1;
#pragma sm parallel for
    for (int i = 0; i < n - 1; i++)
        v[i] *= 2;
}

int main(void) {
    double local[100];
    double *heap = malloc(100 * sizeof *heap);
    compute(local, 100);
    compute(heap, 100);
    compute(table, 50);
    compute(shared_table, 50);
    scale_from_second(local, 100);
    free(heap);
    return (int)(local[1] + table[1] + shared_table[1]);
}
// CHECK: :31:13: warning: 'local' is passed to 'compute', whose parallel region writes through
// CHECK-SAME: 'out'; 'local' is private, so the workers' writes to it are lost [-Wsm-lost-write]
// CHECK-NEXT: :16:12: note: the region writing through 'out' is here
// CHECK-NEXT: :29:12: note: 'local' is declared here; allocate it with malloc instead
// CHECK-NEXT: :33:13: warning: 'table' is passed to 'compute'
// CHECK-NEXT: :16:12: note: the region writing through 'out' is here
// CHECK-NEXT: :11:15: note: 'table' is declared here; put it in shared memory with
// CHECK-SAME: '#pragma sm shared(table)' after its definition, or allocate it with malloc
