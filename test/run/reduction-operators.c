// Every reduction operator on int, long and double (bitwise ones on the
// integers only) gives the serial result, combining the original value
// with every worker's partial.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

static void arith_int(void) {
    int add = 1, sub = 1, mul = 1, mn = 50, mx = -50, land = 1, lor = 0;
#pragma sm parallel for reduction(+ : add) reduction(- : sub) reduction(* : mul) reduction(min : mn) reduction(max : mx) reduction(&& : land) reduction(|| : lor)
    for (int i = 1; i <= 20; i++) {
        add += i;
        sub -= i;
        mul *= (i % 5 == 0) ? 3 : 1;
        mn = (int)(i - 10) < mn ? (int)(i - 10) : mn;
        mx = (int)(i * 2) > mx ? (int)(i * 2) : mx;
        land = land && i != 0;
        lor = lor || i == 17;
    }
    printf("int: + %d - %d * %d min %d max %d && %d || %d\n", add, sub, mul, mn, mx, land, lor);
}

static void arith_long(void) {
    long add = 1, sub = 1, mul = 1, mn = 50, mx = -50, land = 1, lor = 0;
#pragma sm parallel for reduction(+ : add) reduction(- : sub) reduction(* : mul) reduction(min : mn) reduction(max : mx) reduction(&& : land) reduction(|| : lor)
    for (int i = 1; i <= 20; i++) {
        add += i;
        sub -= i;
        mul *= (i % 5 == 0) ? 3 : 1;
        mn = (long)(i - 10) < mn ? (long)(i - 10) : mn;
        mx = (long)(i * 2) > mx ? (long)(i * 2) : mx;
        land = land && i != 0;
        lor = lor || i == 17;
    }
    printf("long: + %ld - %ld * %ld min %ld max %ld && %ld || %ld\n", add, sub, mul, mn, mx, land, lor);
}

static void arith_double(void) {
    double add = 1, sub = 1, mul = 1, mn = 50, mx = -50, land = 1, lor = 0;
#pragma sm parallel for reduction(+ : add) reduction(- : sub) reduction(* : mul) reduction(min : mn) reduction(max : mx) reduction(&& : land) reduction(|| : lor)
    for (int i = 1; i <= 20; i++) {
        add += i;
        sub -= i;
        mul *= (i % 5 == 0) ? 3 : 1;
        mn = (double)(i - 10) < mn ? (double)(i - 10) : mn;
        mx = (double)(i * 2) > mx ? (double)(i * 2) : mx;
        land = land && i != 0;
        lor = lor || i == 17;
    }
    printf("double: + %g - %g * %g min %g max %g && %g || %g\n", add, sub, mul, mn, mx, land, lor);
}

static void bits_int(void) {
    int band = (int)~0, bor = 0, bxor = 5;
#pragma sm parallel for reduction(& : band) reduction(| : bor) reduction(^ : bxor)
    for (int i = 1; i <= 20; i++) {
        band &= ~((int)1 << i);
        bor |= (int)1 << i;
        bxor ^= (int)i;
    }
    printf("int: & %x | %x ^ %x\n", band, bor, bxor);
}

static void bits_long(void) {
    long band = (long)~0, bor = 0, bxor = 5;
#pragma sm parallel for reduction(& : band) reduction(| : bor) reduction(^ : bxor)
    for (int i = 1; i <= 20; i++) {
        band &= ~((long)1 << i);
        bor |= (long)1 << i;
        bxor ^= (long)i;
    }
    printf("long: & %lx | %lx ^ %lx\n", band, bor, bxor);
}

int main(void) {
    arith_int();
    arith_long();
    arith_double();
    bits_int();
    bits_long();
    return 0;
}
// CHECK: int: + 211 - -209 * 81 min -9 max 40 && 1 || 1
// CHECK-NEXT: long: + 211 - -209 * 81 min -9 max 40 && 1 || 1
// CHECK-NEXT: double: + 211 - -209 * 81 min -9 max 40 && 1 || 1
// CHECK-NEXT: int: & ffe00001 | 1ffffe ^ 11
// CHECK-NEXT: long: & ffffffffffe00001 | 1ffffe ^ 11
