// --sm-show prints every command (rewrite, compile, heap redirect, link)
// and runs none: nothing is written, not even the temporary directory.
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: TMPDIR=%t.dir %smcc --sm-show %S/Inputs/team.c %S/Inputs/main.c -o prog 2>&1 | FileCheck %s
// RUN: ls -A %t.dir | count 0
// CHECK: smpp --backend=process {{.*}}team.c -o [[TMP:[^ ]*smcc-[^/]*]]/0/team.c --
// CHECK-NEXT: -iquote {{.*}}-c [[TMP]]/0/team.c -o [[TMP]]/0/team.o
// CHECK-NEXT: objcopy --redefine-sym malloc=sm_malloc {{.*}}--redefine-sym free=sm_free {{.*}}[[TMP]]/0/team.o
// CHECK-NEXT: -c {{.*}}main.c -o [[TMP]]/1/main.o
// CHECK: [[TMP]]/0/team.o [[TMP]]/1/main.o {{.*}}libsharedmem.a -o prog
