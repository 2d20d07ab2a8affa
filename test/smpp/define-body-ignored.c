// A _Pragma inside a #define body is part of the macro, not a directive
// of its own; the file is unchanged.
// RUN: %smpp %s -o %t.c
// RUN: cmp %s %t.c

#define PAR _Pragma("sm parallel")

int main(void) { return 0; }
