// A file without #pragma sm comes out byte for byte unchanged, with no
// prologue and no #line.
// RUN: %smpp %s -o %t.c
// RUN: cmp %s %t.c

#pragma once
#pragma omp parallel
int main(void) { return 0; }
