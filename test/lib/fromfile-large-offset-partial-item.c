// A large read (the memfd path) at an offset that is not page aligned, with
// a partial item at the end of the file, gives the items a plain read gives,
// for 1 to 3 workers.
// RUN: %rtcc
// RUN: head -c 25000005 /dev/urandom > %t.bin
// RUN: for n in 1 2 3; do SM_NUM_WORKERS=$n %t %t.bin; done | FileCheck %s
// CHECK-COUNT-3: 3124999 items of 8 from offset 13: same as the file
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OFFSET 13
#define ITEMS ((25000005 - OFFSET) / 8)

int main(int argc, char **argv) {
    size_t count = 0, bytes = ITEMS * 8;
    char *expect = malloc(bytes), *data;
    FILE *f = fopen(argv[1], "rb");
    (void)argc;
    if (fseek(f, OFFSET, SEEK_SET) != 0 || fread(expect, 1, bytes, f) != bytes)
        return 1;
    fclose(f);
    data = sm_fromfile(argv[1], 8, &count, OFFSET);
    if (!data)
        return printf("sm_fromfile: %s\n", sm_last_error()), 1;
    printf("%zu items of 8 from offset %d: %s the file\n", count, OFFSET,
           memcmp(data, expect, bytes) == 0 ? "same as" : "DIFFERENT from");
    sm_free(data);
    free(expect);
    return 0;
}
