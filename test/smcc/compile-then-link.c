// -c then a separate link of the objects: the link adds the runtime.
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: %smcc -c %S/Inputs/team.c -o %t.dir/team.o
// RUN: %smcc -c %S/Inputs/main.c -o %t.dir/main.o
// RUN: %smcc %t.dir/team.o %t.dir/main.o -o %t
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// CHECK: filled 3
