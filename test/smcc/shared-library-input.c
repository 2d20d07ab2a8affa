// A shared library built by smcc (no runtime inside it) links as an input:
// the program's link adds the runtime that the library's code calls.
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: %smcc -fPIC -shared %S/Inputs/team.c -o libteam.so
// RUN: nm -D libteam.so | FileCheck %s --check-prefix=LIBRARY
// LIBRARY: U __sm_parallel_begin
// RUN: %smcc %S/Inputs/main.c ./libteam.so -Wl,-rpath,%t.dir -o prog
// RUN: SM_NUM_WORKERS=3 ./prog | FileCheck %s
// CHECK: filled 3
