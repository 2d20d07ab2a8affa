// Freeing a large block twice, or a pointer into the middle of one, stops
// the program with a message instead of corrupting the heap.
// RUN: %rtcc
// RUN: not --crash %t twice 2>&1 | FileCheck %s --check-prefix=TWICE
// RUN: not --crash %t inside 2>&1 | FileCheck %s --check-prefix=INSIDE
// RUN: not --crash %t cached 2>&1 | FileCheck %s --check-prefix=CACHED
// TWICE: sharedmem: sm_free(0x{{[0-9a-f]+}}): not a block of the shared heap
// INSIDE: sharedmem: sm_realloc(0x{{[0-9a-f]+}}): not a block of the shared heap
// CACHED: sharedmem: sm_free(0x{{[0-9a-f]+}}): not a block of the shared heap
#include <sharedmem.h>
#include <string.h>

int main(int argc, char **argv) {
    const char *how = argc > 1 ? argv[1] : "";
    char *big = sm_malloc(64 << 20); /* beyond the arena's cache */
    char *mid = sm_malloc(200000);   /* goes to the cache when freed */
    if (strcmp(how, "twice") == 0) {
        sm_free(big);
        sm_free(big);
    } else if (strcmp(how, "inside") == 0) {
        sm_realloc(big + (1 << 20), 10);
    } else if (strcmp(how, "cached") == 0) {
        sm_free(mid);
        sm_free(mid);
    }
    return 0;
}
