// Malformed clauses: missing parenthesis, empty expression, unbalanced
// parentheses, a repeated clause.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int n) {
#pragma sm parallel num_workers n
    {}
// CHECK: bad-clause-syntax.c:[[@LINE-2]]:33: error: expected '(' after 'num_workers', found 'n'
#pragma sm parallel num_workers()
    {}
// CHECK: bad-clause-syntax.c:[[@LINE-2]]:33: error: expected an expression in 'num_workers' clause
#pragma sm parallel if((n)
    {}
// CHECK: bad-clause-syntax.c:[[@LINE-2]]:27: error: expected ')' to end 'if' clause
#pragma sm parallel num_workers(2) num_workers(3)
    {}
// CHECK: bad-clause-syntax.c:[[@LINE-2]]:36: error: '#pragma sm parallel' cannot have more than one 'num_workers' clause
#pragma sm critical(
    {}
// CHECK: bad-clause-syntax.c:[[@LINE-2]]:21: error: expected a name in 'critical(...)', found 'end of directive'
}
