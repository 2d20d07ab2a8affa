// Launcher mode: when the first argument is a compiler, smcc uses it (so
// CMAKE_C_COMPILER_LAUNCHER=smcc works); a link is the command unchanged plus
// the runtime.
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: env CC_LOG=%t.dir/log %smcc %S/Inputs/logging-cc.sh -c %S/Inputs/team.c -o team.o
// RUN: env CC_LOG=%t.dir/log %smcc %S/Inputs/logging-cc.sh -c %S/Inputs/main.c -o main.o
// RUN: env CC_LOG=%t.dir/log %smcc %S/Inputs/logging-cc.sh team.o main.o -o prog
// RUN: FileCheck %s --check-prefix=LOG < log
// LOG: logging-cc {{.*}}-c {{[^ ]*}}smcc-{{[^ ]*}}/team.c
// LOG: logging-cc {{.*}}-c {{.*}}main.c -o
// LOG: logging-cc team.o main.o -o prog {{.*}}libsharedmem.a
// RUN: SM_NUM_WORKERS=2 ./prog | FileCheck %s
// CHECK: filled 2
