// Requests that cannot be met return NULL with errno ENOMEM: a calloc whose
// n * size overflows, sizes beyond the heap; the heap stays usable.
// RUN: %rtcc
// RUN: %t | FileCheck %s
// CHECK: calloc overflow: NULL ENOMEM
// CHECK-NEXT: zeros overflow: NULL ENOMEM
// CHECK-NEXT: empty overflow: NULL ENOMEM
// CHECK-NEXT: malloc(SIZE_MAX): NULL ENOMEM
// CHECK-NEXT: realloc(p, SIZE_MAX): NULL ENOMEM, p kept
// CHECK-NEXT: posix_memalign(SIZE_MAX): ENOMEM
// CHECK-NEXT: still usable: yes
#include <errno.h>
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void report(const char *what, void *p) {
    printf("%s: %s %s\n", what, p ? "non-NULL" : "NULL", errno == ENOMEM ? "ENOMEM" : "?");
    errno = 0;
}

int main(void) {
    size_t big = (SIZE_MAX >> 1) + 2;
    report("calloc overflow", sm_calloc(big, 2));
    report("zeros overflow", sm_zeros(2, big));
    report("empty overflow", sm_empty(big, 4));
    report("malloc(SIZE_MAX)", sm_malloc(SIZE_MAX));
    char *p = sm_malloc(100);
    strcpy(p, "kept");
    void *q = sm_realloc(p, SIZE_MAX);
    printf("realloc(p, SIZE_MAX): %s %s, p %s\n", q ? "non-NULL" : "NULL",
           errno == ENOMEM ? "ENOMEM" : "?", strcmp(p, "kept") == 0 ? "kept" : "LOST");
    void *a;
    printf("posix_memalign(SIZE_MAX): %s\n",
           sm_posix_memalign(&a, 64, SIZE_MAX) == ENOMEM ? "ENOMEM" : "?");
    sm_free(p);
    p = sm_malloc(1 << 20);
    printf("still usable: %s\n", p && sm_is_shared(p) ? "yes" : "no");
    return 0;
}
