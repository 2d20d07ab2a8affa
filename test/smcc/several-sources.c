// Several sources at once, one with directives and one without, compiled and
// linked in one command; the runtime is linked without being named.
// RUN: %smcc %S/Inputs/team.c %S/Inputs/main.c -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK: filled 1
// CHECK-NEXT: filled 2
// CHECK-NEXT: filled 3
// CHECK-NEXT: filled 4
