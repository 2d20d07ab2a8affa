// Compiler arguments after -- reach the parse: with -DPAR the directive is
// live, without it the file is unchanged.
// RUN: %smpp %s -- -DPAR | FileCheck %s
// RUN: %smpp %s -o %t.c
// RUN: cmp %s %t.c

void work(void);

void f(void) {
#ifdef PAR
#pragma sm parallel
#endif
    work();
    // CHECK: work(); } __sm_parallel_end(); }
}
