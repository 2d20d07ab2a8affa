// -fsyntax-only checks the rewritten file (so smpp's diagnostics count) and
// writes nothing.
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: %smcc -fsyntax-only %S/Inputs/team.c
// RUN: ls -A %t.dir | count 0
// RUN: not %smcc -fsyntax-only %S/Inputs/smpp-error.c 2>&1 | FileCheck %s
// CHECK: smpp-error.c:2:{{[0-9]+}}: error:
