// What smcc does not handle itself goes to the compiler unchanged:
// --version, -dM -E from standard input, -M.
// RUN: %smcc --version > %t.smcc && cc --version > %t.cc && diff %t.smcc %t.cc
// RUN: %smcc -dM -E - < /dev/null | FileCheck %s
// CHECK: #define __STDC__ 1
// RUN: %smcc -M %S/Inputs/dep/dep.c | FileCheck %s --check-prefix=DEPS
// DEPS: dep.o: {{.*}}dep.c
// DEPS: dep.h
