// The rewritten code adds no -Wconversion, -Wsign-conversion, -Wshadow or
// -Wcast-qual warning to a program free of them: reductions, lastprivate,
// schedules and ordered.
// RUN: %smcc -Wall -Wextra -Wconversion -Wsign-conversion -Wshadow -Wcast-qual -Werror %s -o %t
// RUN: SM_NUM_WORKERS=3 %t | FileCheck %s
// CHECK: sum 4950 max 99 last 99 scaled 2475.0
#include <stdio.h>

int main(void) {
    long sum = 0;
    int max = 0, last = -1;
    double scaled = 0;
#pragma sm parallel for reduction(+ : sum, scaled) reduction(max : max) lastprivate(last) \
    schedule(dynamic, 7) ordered
    for (int i = 0; i < 100; i++) {
        sum += i;
        scaled += i / 2.0;
        if (i > max)
            max = i;
        last = i;
#pragma sm ordered
        (void)0;
    }
    printf("sum %ld max %d last %d scaled %.1f\n", sum, max, last, scaled);
    return 0;
}
