// Besides the malloc family, smcc maps reallocarray, malloc_usable_size,
// getline and getdelim onto the shared heap: getline may grow a buffer of
// the shared heap (glibc's own would abort in realloc), at -O0 and at -O2,
// where glibc inlines it as __getdelim.
// RUN: printf 'a line longer than four bytes\nsecond;third' > %t.txt
// RUN: %smcc -O0 %s -o %t && %t %t.txt | FileCheck %s
// RUN: %smcc -O2 %s -o %t && %t %t.txt | FileCheck %s
// CHECK: getline 30 shared 1: a line longer than four bytes
// CHECK-NEXT: getdelim 7 shared 1: second;
// CHECK-NEXT: reallocarray shared 1, usable >= 4000: 1
// CHECK-NEXT: reallocarray overflow: NULL
#define _GNU_SOURCE
#include <malloc.h>
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    size_t cap = 4;
    char *line = malloc(cap);
    FILE *f = fopen(argv[argc - 1], "r");
    ssize_t n = getline(&line, &cap, f);
    printf("getline %zd shared %d: %s", n, sm_is_shared(line), line);
    n = getdelim(&line, &cap, ';', f);
    printf("getdelim %zd shared %d: %s\n", n, sm_is_shared(line), line);
    fclose(f);
    free(line);
    int *v = reallocarray(NULL, 1000, sizeof *v);
    printf("reallocarray shared %d, usable >= 4000: %d\n", sm_is_shared(v),
           malloc_usable_size(v) >= 4000);
    printf("reallocarray overflow: %s\n", reallocarray(v, SIZE_MAX, 2) ? "not NULL" : "NULL");
    free(v);
    return 0;
}
