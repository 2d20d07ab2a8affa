// A macro from a header that holds _Pragma("sm ...") in another form than
// a whole object-like definition is an error where the file uses it.
// RUN: not %smpp %s -o %t.c -- -I%S/Inputs 2>&1 | FileCheck %s --implicit-check-not=error:
#include "directive-macros.h"

void f(int *x) {
    SM_IN_PARALLEL(*x = 1;)
    // CHECK: directive-macro-of-other-form-used.c:[[@LINE-1]]:5: error: macro 'SM_IN_PARALLEL'
    // CHECK-SAME: holds '_Pragma("sm ...")': smpp rewrites a macro use only when
}

// A macro that holds the directive through another macro is an error at
// its use too, wherever it is defined.
#define PARALLEL_LOOP(n) SM_PARALLEL_FOR_SUM for (int i = 0; i < (n); i++)

long g(void) {
    long sum = 0;
    PARALLEL_LOOP(10) sum += i;
    // CHECK: directive-macro-of-other-form-used.c:[[@LINE-1]]:5: error: macro 'PARALLEL_LOOP'
    // CHECK-SAME: holds '_Pragma("sm ...")' through another macro: smpp rewrites a macro use
    return sum;
}
