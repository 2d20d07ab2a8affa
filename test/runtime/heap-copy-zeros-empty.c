// sm_copy, sm_zeros and sm_empty give shared blocks: sm_copy holds the
// source's bytes, sm_zeros reads zeros even where a freed block had data,
// and workers' writes to all three reach the master.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// CHECK: copy: shared 1, "private text"
// CHECK-NEXT: zeros: shared 1, all zero 1
// CHECK-NEXT: after region: copy "PRIvate text" zeros[1] 1 empty[2] 2
#include <sharedmem.h>
#include <stdio.h>
#include <string.h>

static int all_zero(const int *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return 0;
    return 1;
}

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    char text[] = "private text";
    char *copy = sm_copy(text, sizeof text);
    printf("copy: shared %d, \"%s\"\n", sm_is_shared(copy), copy);
    int *dirty = sm_empty(1000, sizeof *dirty);
    memset(dirty, 0x5a, 1000 * sizeof *dirty);
    sm_free(dirty);
    int *zeros = sm_zeros(1000, sizeof *zeros);
    printf("zeros: shared %d, all zero %d\n", sm_is_shared(zeros), all_zero(zeros, 1000));
    int *empty = sm_empty(3, sizeof *empty);
    __sm_parallel_begin(&loc, 3, 1);
    int id = sm_worker_id();
    copy[id] = (char)(copy[id] - 'a' + 'A');
    zeros[id] = id;
    empty[id] = id;
    __sm_parallel_end();
    printf("after region: copy \"%s\" zeros[1] %d empty[2] %d\n", copy, zeros[1], empty[2]);
    return 0;
}
