// A use of an object-like macro whose definition is _Pragma("sm ...") is
// the directive, rewritten at the use; the macro can come from a header or
// from the file. Diagnostics about it point at the use.
// RUN: %smpp %s -- -I%S/../diag/Inputs | FileCheck %s
#include "directive-macros.h"
#define SM_CRITICAL _Pragma("sm critical")

long f(const int *a, int n) {
    long sum = 0;
    SM_PARALLEL_FOR_SUM
    for (int i = 0; i < n; i++) {
        SM_CRITICAL sum += a[i];
    }
    return sum;
}
// CHECK: long sum = 0;
// CHECK-NEXT: { static const __sm_loc __sm_loc_0 = {"{{.*}}directive-macro-rewritten.c", 10, 5, "parallel for"};
// CHECK: __sm_critical_begin(0, &__sm_loc_1); __sm_r0_sum += a[i]; __sm_critical_end(0);
