// sm_posix_memalign and sm_aligned_alloc honour every power-of-two alignment
// (small and large blocks), sm_malloc gives 16 bytes, and bad alignments are
// EINVAL like libc.
// RUN: %rtcc
// RUN: %t | FileCheck %s
// CHECK: malloc: 16-byte aligned
// CHECK-NEXT: posix_memalign: all aligned
// CHECK-NEXT: aligned_alloc: all aligned
// CHECK-NEXT: posix_memalign(3): EINVAL
// CHECK-NEXT: posix_memalign(4): EINVAL
// CHECK-NEXT: aligned_alloc(48): NULL EINVAL
#include <errno.h>
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int aligned(const void *p, size_t align) {
    return p && (uintptr_t)p % align == 0;
}

int main(void) {
    int ok = 1;
    for (size_t size = 0; size < 70000; size = size * 2 + 1)
        ok &= aligned(sm_malloc(size), 16);
    printf("malloc: %s\n", ok ? "16-byte aligned" : "MISALIGNED");

    static const size_t sizes[] = {1, 24, 4096, 40000, 300000};
    ok = 1;
    for (size_t align = sizeof(void *); align <= (size_t)1 << 22; align *= 2)
        for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
            void *p = NULL;
            ok &=
                sm_posix_memalign(&p, align, sizes[s]) == 0 && aligned(p, align) && sm_is_shared(p);
            memset(p, 1, sizes[s]);
        }
    printf("posix_memalign: %s\n", ok ? "all aligned" : "MISALIGNED");

    ok = 1;
    for (size_t align = 1; align <= (size_t)1 << 22; align *= 2)
        for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
            void *p = sm_aligned_alloc(align, sizes[s]);
            ok &= aligned(p, align);
            memset(p, 1, sizes[s]);
            sm_free(p);
        }
    printf("aligned_alloc: %s\n", ok ? "all aligned" : "MISALIGNED");

    void *p;
    printf("posix_memalign(3): %s\n", sm_posix_memalign(&p, 3, 8) == EINVAL ? "EINVAL" : "?");
    printf("posix_memalign(4): %s\n", sm_posix_memalign(&p, 4, 8) == EINVAL ? "EINVAL" : "?");
    errno = 0;
    p = sm_aligned_alloc(48, 96);
    printf("aligned_alloc(48): %s %s\n", p ? "non-NULL" : "NULL", errno == EINVAL ? "EINVAL" : "?");
    return 0;
}
