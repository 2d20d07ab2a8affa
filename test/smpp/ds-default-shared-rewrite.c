// default(shared): the outer locals the region writes are shared; ones it
// only reads keep their snapshot; loop variables stay private.
// RUN: %smpp %s | grep -v '^// ' | FileCheck %s

void f(int n) {
    int count = 0, limit = n, i;
#pragma sm parallel default(shared)
    {
#pragma sm for
        for (i = 0; i < limit; i++)
            count++;
    }
}

// CHECK: __typeof__(count) *__sm_sh0_count = __sm_share(&count, sizeof(count));
// CHECK-NOT: __sm_sh0_limit
// CHECK-NOT: __sm_sh0_i
// CHECK: (*__sm_sh0_count)++;
