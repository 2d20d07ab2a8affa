// A clause naming a variable that does not exist is an error at the name.
// RUN: not %smpp %s 2>&1 | FileCheck %s

#pragma sm shared(nosuch)
// CHECK: undeclared-clause-variable.c:[[@LINE-1]]:19: error: use of undeclared variable 'nosuch' in 'shared'
