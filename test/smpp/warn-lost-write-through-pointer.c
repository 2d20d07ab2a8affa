// A write through a pointer that the function only ever points into a
// private local (p = x for an array, p = &x) is lost like a write to the
// local itself. It is reported once per local and region, with a note at
// the local's declaration. A pointer to the heap, or one that may point
// elsewhere, is not reported.
// RUN: %smpp %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:

#include <stdlib.h>

void use(const double *, int);

void f(int n) {
    double buf[100];
    double *out = buf;
    int count = 0;
    int *counter = &count;
    double *heap = malloc(100 * sizeof *heap);
    double *either = buf;
    if (n > 5)
        either = heap;
#pragma sm parallel for
    for (int i = 0; i < 100; i++) {
        out[i] = i;
        out[i] += 1;
        (*counter)++;
        heap[i] = i;
        either[i] = i;
    }
    use(buf, count);
    use(heap, 0);
}
// CHECK: :23:9: warning: 'buf' is written by workers through 'out' but is private; the write is
// CHECK-SAME: lost when the region ends [-Wsm-lost-write]
// CHECK-NEXT: :13:12: note: 'buf' is declared here; allocate it with malloc instead (the heap
// CHECK-SAME: is shared)
// CHECK-NEXT: :25:9: warning: 'count' is written by workers through 'counter' but is private
// CHECK-NEXT: :15:9: note: 'count' is declared here

// An array member of a local struct, and a row of a local 2-D array, are
// the local's storage too.
void g(void) {
    struct {
        double v[8];
    } st;
    double *p = st.v;
    double grid[4][8];
    double *row = grid[2];
#pragma sm parallel for
    for (int i = 0; i < 8; i++) {
        p[i] = i;
        row[i] = i;
    }
    use(st.v, 0);
    use(grid[2], 0);
}
// CHECK: :50:9: warning: 'st' is written by workers through 'p' but is private
// CHECK-NEXT: :44:7: note: 'st' is declared here
// CHECK-NEXT: :51:9: warning: 'grid' is written by workers through 'row' but is private
// CHECK-NEXT: :46:12: note: 'grid' is declared here

// A global not in '#pragma sm shared' is private storage too; one in it
// is shared, and writes through a pointer into it are kept.
double global_table[8];
double shared_table[8];
#pragma sm shared(shared_table)

void h(void) {
    double *p = global_table, *q = shared_table;
#pragma sm parallel for
    for (int i = 0; i < 8; i++) {
        p[i] = i;
        q[i] = i;
    }
}
// CHECK: :71:9: warning: 'global_table' is written by workers through 'p' but is private
// CHECK-NEXT: :63:8: note: 'global_table' is declared here; put it in shared memory with
// CHECK-SAME: '#pragma sm shared(global_table)' after its definition
