// A const variable cannot be lastprivate or a reduction variable: both
// write it at the end of the construct. private and shared of it are fine.
// RUN: not %smpp %s 2>&1 | FileCheck %s --implicit-check-not=error:

static const int limit = 1;

int main(void) {
    const long total = 0;
    int i;
#pragma sm parallel for lastprivate(limit)
    // CHECK: or-reduction.c:[[@LINE-1]]:37: error: const-qualified variable 'limit' cannot be
    // CHECK-SAME: 'lastprivate': it is written at the end of the construct
    for (i = 0; i < 10; i++)
        (void)limit;
#pragma sm parallel for reduction(+ : total)
    // CHECK: or-reduction.c:[[@LINE-1]]:39: error: const-qualified variable 'total' cannot be
    // CHECK-SAME: 'reduction': it is written at the end of the construct
    for (i = 0; i < 10; i++)
        (void)total;
#pragma sm parallel for private(limit) shared(total)
    for (i = 0; i < 10; i++)
        (void)(limit + total);
    return 0;
}
