// Temporary files are removed when smpp, cc or the link fails.
// RUN: rm -rf %t.tmp && mkdir %t.tmp
// RUN: not env TMPDIR=%t.tmp %smcc -c %S/Inputs/smpp-error.c -o %t.o 2>/dev/null
// RUN: not env TMPDIR=%t.tmp %smcc %S/Inputs/cc-error.c -o %t 2>/dev/null
// RUN: not env TMPDIR=%t.tmp %smcc %S/Inputs/link-error.c -o %t 2>/dev/null
// RUN: ls -A %t.tmp | count 0
