// __BASE_FILE__ names the source, not smcc's temporary copy (which would
// also make two builds differ, see objects-reproducible.c).
// RUN: %smcc %s -o %t && %t | FileCheck %s
// CHECK: __BASE_FILE__ is __FILE__: {{.*}}test/smcc/base-file-names-source.c{{$}}
#include <stdio.h>
#include <string.h>

int main(void) {
    int sum = 0;
#pragma sm parallel for reduction(+ : sum)
    for (int i = 0; i < 3; i++)
        sum += i;
    printf("__BASE_FILE__ %s __FILE__: %s\n", strcmp(__BASE_FILE__, __FILE__) ? "is not" : "is",
           __BASE_FILE__);
    return sum != 3;
}
