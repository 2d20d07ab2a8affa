// return, break, continue and goto may not leave a region, and goto may
// not enter one; jumps that stay inside are fine.
// RUN: not %smpp %s 2>&1 | FileCheck %s --implicit-check-not=error:

int f(int c) {
    for (;;) {
#pragma sm parallel
        {
            if (c)
                return 1;
// CHECK: jump-out-of-region.c:[[@LINE-1]]:17: error: 'return' cannot leave a '#pragma sm parallel' block
            if (c > 1)
                break;
// CHECK: jump-out-of-region.c:[[@LINE-1]]:17: error: 'break' cannot leave a '#pragma sm parallel' block
            if (c > 2)
                continue;
// CHECK: jump-out-of-region.c:[[@LINE-1]]:17: error: 'continue' cannot leave a '#pragma sm parallel' block
            if (c > 3)
                goto out;
// CHECK: jump-out-of-region.c:[[@LINE-1]]:17: error: 'goto' cannot leave a '#pragma sm parallel' block
            for (int i = 0; i < c; i++) {
                if (i == 2)
                    break;
                if (i == 1)
                    continue;
            }
            goto inside;
        inside:;
        }
    }
    goto inside2;
// CHECK: jump-out-of-region.c:[[@LINE-1]]:5: error: 'goto' cannot enter a '#pragma sm critical' block
#pragma sm critical
    {
    inside2:;
    }
out:
    return 0;
}
