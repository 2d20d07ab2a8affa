// Reductions of the narrow and the wide arithmetic types (char, short,
// float, long double, _Bool), alone and together, at every team size:
// their slots are packed beside the barrier or not depending on size,
// alignment and team size, and each must give the serial result.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4 5; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
// CHECK: char max 99 short + 5050 float + 5050 long double + 5050 bool && 1
// CHECK-NEXT: together: char max 99 short + 5050 float + 5050 long double + 5050 bool && 1
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    char c = 0;
    short s = 0;
    float f = 0;
    long double ld = 0;
    _Bool b = 1;
#pragma sm parallel for reduction(max : c)
    for (int i = 0; i < 100; i++)
        c = (char)i > c ? (char)i : c;
#pragma sm parallel for reduction(+ : s)
    for (int i = 1; i <= 100; i++)
        s += (short)i;
#pragma sm parallel for reduction(+ : f)
    for (int i = 1; i <= 100; i++)
        f += (float)i;
#pragma sm parallel for reduction(+ : ld)
    for (int i = 1; i <= 100; i++)
        ld += i;
#pragma sm parallel for reduction(&& : b)
    for (int i = 1; i <= 100; i++)
        b = b && i > 0;
    printf("char max %d short + %d float + %.0f long double + %.0Lf bool && %d\n", c, s, f, ld, b);

    c = 0, s = 0, f = 0, ld = 0, b = 1;
#pragma sm parallel for reduction(max : c) reduction(+ : s, f, ld) reduction(&& : b)
    for (int i = 1; i <= 100; i++) {
        c = (char)(i - 1) > c ? (char)(i - 1) : c;
        s += (short)i;
        f += (float)i;
        ld += i;
        b = b && i > 0;
    }
    printf("together: char max %d short + %d float + %.0f long double + %.0Lf bool && %d\n", c, s,
           f, ld, b);
    return 0;
}
