// A C89 source with directives builds: its rewritten copy, which declares
// variables where C99 allows, is compiled as C99 (gnu99 for -std=gnu89).
// RUN: %smcc -std=c89 -pedantic -Wall -Werror %s -o %t && SM_NUM_WORKERS=2 %t | FileCheck %s
// RUN: %smcc -ansi -Wall -Werror %s -o %t && SM_NUM_WORKERS=2 %t | FileCheck %s
// RUN: %smcc -std=gnu89 --sm-show -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=SHOW
// CHECK: sum 45
// SHOW: smpp {{.*}} -std=gnu89
// SHOW-NEXT: -std=gnu99{{.*}} -c
#include <stdio.h>

int main(void) {
    long sum = 0;
    int i;
#pragma sm parallel for reduction(+ : sum)
    for (i = 0; i < 10; i++)
        sum += i;
    printf("sum %ld\n", sum);
    return 0;
}
