// Temporary files (rewritten sources, objects of a one-step build) go to
// $TMPDIR and are gone after a successful run.
// RUN: rm -rf %t.tmp && mkdir %t.tmp
// RUN: TMPDIR=%t.tmp %smcc %S/Inputs/team.c %S/Inputs/main.c -o %t
// RUN: TMPDIR=%t.tmp %smcc -MMD -c %S/Inputs/team.c -o %t.o
// RUN: TMPDIR=%t.tmp %smcc -E %S/Inputs/team.c -o %t.i
// RUN: ls -A %t.tmp | count 0
