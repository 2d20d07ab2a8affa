// A large block that grows (in place or not) after being shrunk reads zeros
// where it grew, and sm_calloc of a large block that reuses freed memory
// reads zeros: released pages come back empty, and a block reused from the
// arena's cache of freed blocks (same size, same address) is cleared.
// RUN: %rtcc
// RUN: %t | FileCheck %s
// CHECK: regrown tail zero: yes
// CHECK-NEXT: calloc after free zero: yes
// CHECK-NEXT: calloc of a cached block: same address, zero: yes
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
    unsigned char *p = sm_malloc(16 * MIB);
    memset(p, 0xab, 16 * MIB);
    p = sm_realloc(p, MIB);
    p = sm_realloc(p, 16 * MIB);
    printf("regrown tail zero: %s\n", all_zero(p, MIB, 16 * MIB) ? "yes" : "NO");
    memset(p, 0xcd, 16 * MIB);
    sm_free(p);
    unsigned char *q = sm_calloc(16, MIB);
    printf("calloc after free zero: %s\n", all_zero(q, 0, 16 * MIB) ? "yes" : "NO");
    unsigned char *mid = sm_malloc(100000);
    memset(mid, 0xef, 100000);
    sm_free(mid);
    unsigned char *again = sm_calloc(1, 100000);
    printf("calloc of a cached block: %s, zero: %s\n", again == mid ? "same address" : "moved",
           all_zero(again, 0, 100000) ? "yes" : "NO");
    return 0;
}
