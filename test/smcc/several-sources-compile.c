// -c with several sources: each object lands in the current directory under
// the name cc would give it.
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: %smcc -c %S/Inputs/team.c %S/Inputs/main.c
// RUN: %smcc team.o main.o -o prog
// RUN: SM_NUM_WORKERS=2 ./prog | FileCheck %s
// CHECK: filled 2
// RUN: not %smcc -c %S/Inputs/team.c %S/Inputs/main.c -o one.o 2>&1 | FileCheck %s --check-prefix=ERROR
// ERROR: cannot specify '-o' with '-c', '-S' or '-E' with multiple files
