// Malformed: file-scope shared without a variable list.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: shared-global-no-list.c:5:18: error: expected '(' after '#pragma sm shared'
#pragma sm shared
int g;
