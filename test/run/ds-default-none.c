// default(none) with every variable listed compiles and runs as usual.
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: for n in 1 2 3 4; do SM_NUM_WORKERS=$n %t | FileCheck %s; done
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    const int n = 100;
    long sum = 0;
    double scale = 0.5;
#pragma sm parallel for default(none) reduction(+ : sum) firstprivate(scale)
    for (int i = 0; i < n; i++)
        sum += (long)(i * scale * 2);
    printf("sum %ld\n", sum);
    return 0;
}
// CHECK: sum 4950
