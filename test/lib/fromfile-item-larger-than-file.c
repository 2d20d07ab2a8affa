// An item larger than the whole file reads 0 items into a valid array; the
// item size alone does not make sm_fromfile allocate.
// RUN: %rtcc
// RUN: rm -rf %t.d && mkdir %t.d && printf 0123456789 > %t.d/ten
// RUN: %t %t.d/ten | FileCheck %s
// CHECK: array, count 0
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>

int main(int argc, char **argv) {
    size_t count = 0;
    void *data = sm_fromfile(argv[1], SIZE_MAX / 2, &count, 0);
    (void)argc;
    if (!data)
        return printf("NULL: %s\n", sm_last_error()), 1;
    printf("array, count %zu\n", count);
    sm_free(data);
    return 0;
}
