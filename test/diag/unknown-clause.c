// An unknown clause, and a clause the directive does not take, are errors
// at the clause.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(void) {
#pragma sm parallel num_wrkers(2)
    {}
// CHECK: unknown-clause.c:[[@LINE-2]]:21: error: unknown clause 'num_wrkers' on '#pragma sm parallel'
#pragma sm parallel nowait
    {}
// CHECK: unknown-clause.c:[[@LINE-2]]:21: error: clause 'nowait' is not allowed on '#pragma sm parallel'
#pragma sm barrier nowait
// CHECK: unknown-clause.c:[[@LINE-1]]:20: error: '#pragma sm barrier' takes no clauses, found 'nowait'
}
