// Every reduction operator works on _Bool without a warning: min and max
// are and and or, * is &&.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 3; do SM_NUM_WORKERS=$n %t; done | FileCheck %s
// CHECK-COUNT-2: min 0 max 1 mul 0 and 0 or 1 band 0 bor 1 bxor 1
#include <stdio.h>

int main(void) {
    _Bool mn = 1, mx = 0, mul = 1, land = 1, lor = 0, band = 1, bor = 0, bxor = 0;
#pragma sm parallel for reduction(min : mn) reduction(max : mx) reduction(* : mul)
    for (int i = 0; i < 9; i++) {
        _Bool b = i != 4;
        if (b < mn)
            mn = b;
        if (b > mx)
            mx = b;
        mul = mul && b; // gcc warns about * on _Bool in user code too
    }
#pragma sm parallel for reduction(&& : land) reduction(|| : lor) reduction(& : band) \
    reduction(| : bor) reduction(^ : bxor)
    for (int i = 0; i < 9; i++) {
        _Bool b = i == 4;
        land = land && b;
        lor = lor || b;
        band &= b;
        bor |= b;
        bxor ^= b;
    }
    printf("min %d max %d mul %d and %d or %d band %d bor %d bxor %d\n", mn, mx, mul, land, lor,
           band, bor, bxor);
    return 0;
}
