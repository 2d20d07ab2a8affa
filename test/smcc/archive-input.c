// A static library built from smcc objects links like any other input.
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: %smcc -c %S/Inputs/team.c -o %t.dir/team.o
// RUN: ar rcs %t.dir/libteam.a %t.dir/team.o
// RUN: %smcc %S/Inputs/main.c %t.dir/libteam.a -o %t
// RUN: SM_NUM_WORKERS=2 %t | FileCheck %s
// RUN: %smcc %S/Inputs/main.c -L%t.dir -lteam -o %t.l
// RUN: SM_NUM_WORKERS=4 %t.l | FileCheck %s --check-prefix=LIB
// CHECK: filled 2
// LIB: filled 4
