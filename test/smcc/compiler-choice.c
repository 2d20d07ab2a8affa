// The real compiler: SMCC_CC, or --sm-cc=PATH, default cc.
// RUN: SMCC_CC=clang %smcc --sm-show -c %S/Inputs/team.c -o %t.o 2>&1 | FileCheck %s --check-prefix=ENV
// ENV: {{^}}clang {{.*}}-c
// RUN: SMCC_CC=clang %smcc --sm-cc=gcc --sm-show -c %S/Inputs/main.c -o %t.o 2>&1 | FileCheck %s --check-prefix=OPTION
// OPTION: {{^}}gcc {{.*}}-c
// RUN: SMCC_CC=clang %smcc %S/Inputs/team.c %S/Inputs/main.c -o %t
// RUN: readelf -p .comment %t | FileCheck %s --check-prefix=BUILT-BY
// BUILT-BY: clang version
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// CHECK: filled 3
