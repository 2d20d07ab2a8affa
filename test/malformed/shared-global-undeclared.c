// Malformed: file-scope shared naming no variable.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: shared-global-undeclared.c:5:19: error: use of undeclared variable 'nosuch' in 'shared'
#pragma sm shared(nosuch)
int g;
