// File-scope shared needs the global's own definition in this file, alone
// in its declaration.
// RUN: not %smpp %s 2>&1 | FileCheck %s

extern int elsewhere;
#pragma sm shared(elsewhere)
// CHECK: shared-global-errors.c:[[@LINE-1]]:19: error: '#pragma sm shared(elsewhere)' needs the definition of the global 'elsewhere' in this file
int a, b;
#pragma sm shared(a)
// CHECK: shared-global-errors.c:[[@LINE-1]]:19: error: cannot share 'a' alone: it is declared together with other variables; declare it on its own
