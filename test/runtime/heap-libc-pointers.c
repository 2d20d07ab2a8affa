// sm_free and sm_realloc hand pointers that libc allocated back to libc;
// sm_is_shared tells the two kinds apart.
// RUN: %rtcc
// RUN: %t | FileCheck %s
// CHECK: strdup: shared 0
// CHECK-NEXT: realloc: shared 0, "hello, world"
// CHECK-NEXT: sm_malloc: shared 1
// CHECK-NEXT: realloc of shared: shared 1, "kept"
// CHECK-NEXT: sm_free(NULL) ok
#define _GNU_SOURCE
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char *d = strdup("hello");
    printf("strdup: shared %d\n", sm_is_shared(d));
    sm_free(d);

    char *r = strdup("hello");
    r = sm_realloc(r, 4000);
    strcat(r, ", world");
    printf("realloc: shared %d, \"%s\"\n", sm_is_shared(r), r);
    sm_free(r);

    char *s = sm_malloc(8);
    printf("sm_malloc: shared %d\n", sm_is_shared(s));
    strcpy(s, "kept");
    s = sm_realloc(s, 100000);
    printf("realloc of shared: shared %d, \"%s\"\n", sm_is_shared(s), s);
    sm_free(s);

    sm_free(NULL);
    printf("sm_free(NULL) ok\n");
    return 0;
}
