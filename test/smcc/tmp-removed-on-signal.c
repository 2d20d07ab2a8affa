// SIGTERM or SIGHUP while the compiler runs: smcc stops it, removes its
// temporary files and dies of the same signal.
// RUN: rm -rf %t.tmp && mkdir %t.tmp
// RUN: for sig in TERM HUP; do \
// RUN:   TMPDIR=%t.tmp SMCC_CC=%S/Inputs/slow-cc.sh %smcc %S/Inputs/team.c -o %t & pid=$!; \
// RUN:   for i in $(seq 200); do [ -e %t.tmp/*/0/team.c ] && break; sleep 0.05; done; \
// RUN:   sleep 0.2; kill -$sig $pid; wait $pid; echo "$sig status $?"; ls -A %t.tmp | wc -l; \
// RUN: done | FileCheck %s
// CHECK: TERM status 143
// CHECK-NEXT: 0
// CHECK-NEXT: HUP status 129
// CHECK-NEXT: 0
