// Directives inside #if 0 (and other skipped ranges) are ignored.
// RUN: %smpp %s -o %t.c
// RUN: cmp %s %t.c

void work(void);

void f(void) {
#if 0
#pragma sm parallel
#endif
#ifdef NOT_DEFINED
#pragma sm bogus directive
#endif
    work();
}
