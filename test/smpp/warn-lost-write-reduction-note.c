// An accumulation gets a note suggesting the reduction clause, on the
// innermost loop or region directive.
// RUN: %smpp %s 2>&1 >/dev/null | FileCheck %s

long f(int *a, int n) {
    long sum = 0, prod = 1;
#pragma sm parallel
    {
#pragma sm for
        for (int i = 0; i < n; i++)
            sum += a[i];
        prod = prod * 2;
    }
    return sum + prod;
}
// CHECK: warn-lost-write-reduction-note.c:11:13: warning: 'sum' is written by workers but is private; the write is lost when the region ends [-Wsm-lost-write]
// CHECK-NEXT: warn-lost-write-reduction-note.c:9:12: note: to combine the workers' values, add 'reduction(+:sum)' here
// CHECK-NEXT: warn-lost-write-reduction-note.c:12:9: warning: 'prod' is written
// CHECK-NEXT: warn-lost-write-reduction-note.c:7:12: note: to combine the workers' values, add 'reduction(*:prod)' here
