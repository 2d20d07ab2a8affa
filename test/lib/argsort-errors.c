// Bad arguments are EINVAL, and a sort too large to map scratch for is
// ENOMEM; both with a message.
// RUN: %rtcc
// RUN: %t | FileCheck %s
// CHECK: NULL comparator: -1 EINVAL [sm_argsort: NULL comparator]
// CHECK: NULL perm: -1 EINVAL [sm_argsort_f64: NULL perm]
// CHECK: too large: -1 ENOMEM [sm_argsort_i64: cannot map scratch for {{[0-9]+}} elements
#include <errno.h>
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>

static void show(const char *what, int rc) {
    printf("%s: %d %s [%s]\n", what, rc,
           errno == EINVAL   ? "EINVAL"
           : errno == ENOMEM ? "ENOMEM"
                             : "other",
           sm_last_error());
}

int main(void) {
    double d[4] = {0};
    int64_t k[4] = {0};
    size_t perm[4];
    show("NULL comparator", sm_argsort(d, 4, sizeof d[0], NULL, perm));
    show("NULL perm", sm_argsort_f64(d, 4, NULL));
    show("too large", sm_argsort_i64(k, SIZE_MAX / 64, perm));
    return 0;
}
