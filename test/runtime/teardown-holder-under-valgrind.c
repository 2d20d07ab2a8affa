// Valgrind ends a program that makes a clone other than a fork or a
// thread, which is what a holder is; under valgrind a worker that has
// mapped 32 MiB exits without one, and the program runs to the end.
// REQUIRES: valgrind
// UNSUPPORTED: sanitize
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=2 valgrind -q --trace-children=yes --error-exitcode=99 %t
#include <sharedmem.h>
#include <string.h>

#define BYTES (32u << 20)

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    char *shared = sm_zeros(BYTES, 1);
    if (!shared)
        return 1;
    if (__sm_parallel_begin(&loc, 0, 1) == 1)
        memset(shared, 7, BYTES);
    __sm_parallel_end();
    return shared[BYTES - 1] == 7 ? 0 : 1;
}
