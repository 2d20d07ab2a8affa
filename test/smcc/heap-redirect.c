// Objects smcc compiles call the shared heap for the malloc family;
// --sm-private-heap leaves libc's malloc, whose memory is private to each
// worker, so workers' writes through it are lost.
// RUN: %smcc -c %S/Inputs/team.c -o %t.o
// RUN: nm %t.o | FileCheck %s
// RUN: nm %t.o | not grep -w -e calloc -e free
// CHECK: U sm_calloc
// CHECK: U sm_free
// RUN: %smcc --sm-private-heap %S/Inputs/team.c %S/Inputs/main.c -o %t.private
// RUN: nm %t.private | FileCheck %s --check-prefix=PRIVATE
// PRIVATE: U calloc
// RUN: SM_NUM_WORKERS=3 %t.private | FileCheck %s --check-prefix=LOST
// LOST: filled -1
// An output that is no regular file is left alone (configure-style checks).
// RUN: %smcc -c %S/Inputs/team.c -o /dev/null
