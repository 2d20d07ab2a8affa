// Malformed: for outside any function.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: for-at-file-scope.c:5:12: error: '#pragma sm for' must be inside a function
#pragma sm for
int g;
