// sm_tofile then sm_fromfile gives back the same 10^7 items (40 MB, so
// several workers share the transfer), in shared memory, for 1 to 4 workers.
// RUN: %rtcc
// RUN: rm -rf %t.d && mkdir %t.d
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t %t.d/data; done | FileCheck %s
// CHECK-COUNT-4: wrote 0, read 10000000 items, identical, shared
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 10000000

int main(int argc, char **argv) {
    uint32_t *out = malloc(N * sizeof *out), *in;
    size_t count = 0;
    int rc;
    (void)argc;
    for (uint32_t i = 0; i < N; i++)
        out[i] = i * 2654435761u;
    rc = sm_tofile(argv[1], out, sizeof *out, N);
    in = sm_fromfile(argv[1], sizeof *in, &count, 0);
    if (!in)
        return printf("sm_fromfile: %s\n", sm_last_error()), 1;
    printf("wrote %d, read %zu items, %s, %s\n", rc, count,
           count == N && memcmp(in, out, N * sizeof *in) == 0 ? "identical" : "DIFFERENT",
           sm_is_shared(in) ? "shared" : "private");
    sm_free(in);
    free(out);
    return 0;
}
