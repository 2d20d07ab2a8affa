// Freeing a large block gives its memory back to the system: allocating,
// touching and freeing 1 GiB twenty times (in the master, and in a worker
// with the master freeing it) leaves the heap's shared memory object no
// larger than before.  Measured as the blocks allocated to the heap mapping's
// shmem file (/proc/self/map_files), which MADV_DONTNEED would not shrink.
// Reading map_files needs root (CAP_CHECKPOINT_RESTORE), as the suite runs.
// Where shared memory gets huge pages, a huge page at each end of a block
// may stay, shared with its neighbours: hence 4 MiB, where one round's
// pages, if kept, would be 4 MiB (or 1 GiB in huge pages).
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=2 %t | FileCheck %s
// CHECK: touched: yes
// CHECK-NEXT: growth after 20 rounds: under 4 MiB
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>

#define GIB ((size_t)1 << 30)

static char heap_file[128];

static void find_heap_mapping(const void *inside) {
    FILE *maps = fopen("/proc/self/maps", "r");
    unsigned long lo, hi;
    char line[512];
    while (fgets(line, sizeof line, maps))
        if (sscanf(line, "%lx-%lx", &lo, &hi) == 2 && lo <= (uintptr_t)inside &&
            (uintptr_t)inside < hi)
            snprintf(heap_file, sizeof heap_file, "/proc/self/map_files/%lx-%lx", lo, hi);
    fclose(maps);
}

static long long heap_bytes(void) {
    struct stat st;
    return stat(heap_file, &st) == 0 ? (long long)st.st_blocks * 512 : -1;
}

/* One byte in every 256th page: 4 MiB of a 1 GiB block. */
static void touch(volatile char *p) {
    for (size_t i = 0; i < GIB; i += 256 * 4096)
        p[i] = 1;
}

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    char **slot = sm_malloc(sizeof *slot);
    find_heap_mapping(slot);
    long long before = heap_bytes();
    long long peak = 0;
    for (int round = 0; round < 20; round++) {
        if (round % 2) {
            __sm_parallel_begin(&loc, 2, 1);
            if (sm_worker_id() == 1) {
                *slot = sm_malloc(GIB);
                touch(*slot);
            }
            __sm_parallel_end();
        } else {
            *slot = sm_malloc(GIB);
            touch(*slot);
        }
        long long now = heap_bytes();
        peak = now > peak ? now : peak;
        sm_free(*slot);
    }
    long long growth = heap_bytes() - before;
    printf("touched: %s\n", before >= 0 && peak - before >= (long long)GIB / 256 ? "yes" : "no");
    printf("growth after 20 rounds: %s\n", growth < (4 << 20) ? "under 4 MiB" : "TOO MUCH");
    return 0;
}
