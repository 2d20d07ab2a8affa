// A large block that grows (in place or not) after being shrunk reads zeros
// where it grew, and sm_calloc of a large block that reuses freed memory
// reads zeros: released pages come back empty.
// RUN: %rtcc
// RUN: %t | FileCheck %s
// CHECK: regrown tail zero: yes
// CHECK-NEXT: calloc after free zero: yes
#include <sharedmem.h>
#include <stdio.h>
#include <string.h>

#define MIB ((size_t)1 << 20)

static int all_zero(const unsigned char *p, size_t from, size_t to) {
    for (size_t i = from; i < to; i++)
        if (p[i])
            return 0;
    return 1;
}

int main(void) {
    unsigned char *p = sm_malloc(8 * MIB);
    memset(p, 0xab, 8 * MIB);
    p = sm_realloc(p, MIB);
    p = sm_realloc(p, 8 * MIB);
    printf("regrown tail zero: %s\n", all_zero(p, MIB, 8 * MIB) ? "yes" : "NO");
    memset(p, 0xcd, 8 * MIB);
    sm_free(p);
    unsigned char *q = sm_calloc(8, MIB);
    printf("calloc after free zero: %s\n", all_zero(q, 0, 8 * MIB) ? "yes" : "NO");
    return 0;
}
