// Blocks that workers allocate and the master frees after the region go
// back to the workers' arenas, so the next region's workers reuse them: 30
// regions that each allocate 4 MiB of small blocks in 2 workers use no more
// memory than the first 5.  (Measured as the pages of the heap mapping's
// shmem file, /proc/self/map_files, which needs root as the suite runs.)
// RUN: %rtcc
// RUN: %t | FileCheck %s
// CHECK: memory after region 5: over 3 MiB
// CHECK-NEXT: growth from region 5 to 30: under 256 KiB
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>

#define BLOCKS 2000

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

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    char **blocks = sm_zeros(2 * BLOCKS, sizeof *blocks);
    find_heap_mapping(blocks);
    long long at5 = 0;
    for (int region = 1; region <= 30; region++) {
        __sm_parallel_begin(&loc, 2, 1);
        int id = sm_worker_id();
        for (int i = 0; i < BLOCKS; i++) {
            char *b = blocks[id * BLOCKS + i] = sm_malloc(1000 + (size_t)(i % 24) * 4);
            b[0] = b[999] = 1;
        }
        __sm_parallel_end();
        for (int i = 0; i < 2 * BLOCKS; i++)
            sm_free(blocks[i]);
        if (region == 5)
            at5 = heap_bytes();
    }
    long long growth = heap_bytes() - at5;
    printf("memory after region 5: %s 3 MiB\n", at5 > (3 << 20) ? "over" : "UNDER");
    printf("growth from region 5 to 30: %s 256 KiB\n", growth < (256 << 10) ? "under" : "OVER");
    return 0;
}
