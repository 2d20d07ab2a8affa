// The shared heap asks the kernel for huge pages (MADV_HUGEPAGE, shown as
// "hg" in the mapping's VmFlags) and starts on a 2 MiB boundary, so that
// where the system's shmem_enabled setting allows them a worker's first
// touch of the heap maps 2 MiB at a time.
// RUN: %rtcc
// RUN: %t | FileCheck %s
// CHECK: heap mapping aligned to 2 MiB: yes
// CHECK-NEXT: heap mapping asks for huge pages: yes
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    void *p = sm_malloc(64);
    FILE *smaps = fopen("/proc/self/smaps", "r");
    char line[512];
    unsigned long lo, hi;
    int in_heap = 0, aligned = 0, asks = 0;
    while (fgets(line, sizeof line, smaps)) {
        if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2 && strchr(line, ' ') > strchr(line, '-')) {
            in_heap = lo <= (uintptr_t)p && (uintptr_t)p < hi;
            if (in_heap)
                aligned = lo % (2UL << 20) == 0;
        } else if (in_heap && strncmp(line, "VmFlags:", 8) == 0) {
            asks = strstr(line, " hg") != NULL;
        }
    }
    fclose(smaps);
    printf("heap mapping aligned to 2 MiB: %s\n", aligned ? "yes" : "no");
    printf("heap mapping asks for huge pages: %s\n", asks ? "yes" : "no");
    sm_free(p);
    return 0;
}
