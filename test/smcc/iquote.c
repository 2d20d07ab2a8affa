// The rewritten file lives in $TMPDIR, yet #include "quoted.h" still finds
// the header beside the user's source.
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: %smcc -c %S/Inputs/quote/quoted.c -o quoted.o
// RUN: nm quoted.o | FileCheck %s
// CHECK: T quoted_value
