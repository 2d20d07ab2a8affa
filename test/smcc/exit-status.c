// smcc's exit status is the failing step's: smpp's diagnostics and status 1,
// or the compiler's own status.
// RUN: not %smcc -c %S/Inputs/smpp-error.c -o %t.o 2>&1 | FileCheck %s --check-prefix=SMPP
// SMPP: smpp-error.c:2:{{[0-9]+}}: error:
// RUN: SMCC_CC=%S/Inputs/exit3-cc.sh %smcc -c %S/Inputs/main.c -o %t.o; echo "status $?" | FileCheck %s
// CHECK: status 3
