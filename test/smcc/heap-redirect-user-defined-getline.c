// A program with a getline of its own (the K&R exercise) still builds and
// calls its own: smcc renames the definition and the calls alike, and the
// runtime's sm_getline is not linked in, even next to a call of getdelim.
// RUN: %smcc -std=c99 %s -o %t
// RUN: printf 'hello\nworld;rest' | %t | FileCheck %s
// CHECK: own getline 5 hello, getdelim 6 world; shared 1
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>

ssize_t getdelim(char **lineptr, size_t *n, int delim, FILE *stream);

int getline(char s[], int lim) {
    int c, i;
    for (i = 0; i < lim - 1 && (c = getchar()) != EOF && c != '\n'; ++i)
        s[i] = (char)c;
    s[i] = '\0';
    return i;
}

int main(void) {
    char *line = malloc(100), *rest = malloc(4);
    size_t cap = 4;
    int n = getline(line, 100);
    ssize_t m = getdelim(&rest, &cap, ';', stdin);
    printf("own getline %d %s, getdelim %zd %s shared %d\n", n, line, m, rest, sm_is_shared(rest));
    return 0;
}
