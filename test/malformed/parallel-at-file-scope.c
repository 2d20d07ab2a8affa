// Malformed: parallel outside any function.
// RUN: rm -f %t.out*; %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err && not ls %t.out*
// CHECK: parallel-at-file-scope.c:5:12: error: '#pragma sm parallel' must be inside a function
#pragma sm parallel
int g;
