// Each canonical loop form runs each of its iterations exactly once:
// negative steps, <=, !=, the variable on the right, unsigned, long,
// signed char, pointers, full-range int and 64-bit unsigned bounds near
// the top, and a zero-trip loop.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

#define N 37

static int *hits;

static void report(const char *name, int n, int each) {
    int wrong = 0;
    for (int i = 0; i < n; i++) {
        wrong += hits[i] != each;
        hits[i] = 0;
    }
    printf("%s: %d wrong\n", name, wrong);
}

static void hit(long i) {
    __atomic_fetch_add(&hits[i], 1, __ATOMIC_RELAXED);
}

int main(void) {
    static char buf[N];
    long j;
    unsigned u;
    char *p;
    unsigned long long x, top = 0xffffffffffffff00ull;
    hits = sm_zeros(1000, sizeof *hits);
#pragma sm parallel for
    for (int i = N - 1; i >= 0; i--)
        hit(i);
    report("down >=", N, 1);
#pragma sm parallel for
    for (j = 0; j <= N - 1; j += 1)
        hit(j);
    report("long <=", N, 1);
#pragma sm parallel for
    for (u = N; u != 0; --u)
        hit(u - 1);
    report("unsigned !=", N, 1);
#pragma sm parallel for
    for (int i = 0; N > i; i = i + 2)
        hit(i / 2);
    report("var on the right, step 2", (N + 1) / 2, 1);
#pragma sm parallel for
    for (int i = 100; i > 100 - 3 * N; i = i - 3)
        hit((100 - i) / 3);
    report("step -3", N, 1);
#pragma sm parallel for
    for (signed char c = -128; c < 127; c = 1 + c)
        hit(c + 128);
    report("signed char", 255, 1);
#pragma sm parallel for schedule(dynamic, 3)
    for (p = buf; p < buf + N; p++)
        hit(p - buf);
    report("pointer", N, 1);
#pragma sm parallel for
    for (int i = 2147483647; i > -2130706432; i -= 16777216)
        hit((2147483647u - (unsigned)i) / 16777216u);
    report("int full range", 255, 1);
#pragma sm parallel for
    for (x = top; x < 0xffffffffffffffffull; x++)
        hit((long)(x - top));
    report("u64 top", 255, 1);
#pragma sm parallel for
    for (int i = 5; i < 5; i++)
        hit(0);
    report("zero trips", 1, 0);
    return 0;
}
// CHECK: down >=: 0 wrong
// CHECK-NEXT: long <=: 0 wrong
// CHECK-NEXT: unsigned !=: 0 wrong
// CHECK-NEXT: var on the right, step 2: 0 wrong
// CHECK-NEXT: step -3: 0 wrong
// CHECK-NEXT: signed char: 0 wrong
// CHECK-NEXT: pointer: 0 wrong
// CHECK-NEXT: int full range: 0 wrong
// CHECK-NEXT: u64 top: 0 wrong
// CHECK-NEXT: zero trips: 0 wrong
