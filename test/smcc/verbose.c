// -v prints each command as it runs it and passes -v on to the compiler.
// RUN: %smcc -v -c %S/Inputs/team.c -o %t.o 2>&1 | FileCheck %s
// CHECK: bin/smpp {{.*}}team.c
// CHECK: -v {{.*}}-c {{.*}}team.c -o
// CHECK: {{(gcc|clang) version}}
// CHECK: objcopy
