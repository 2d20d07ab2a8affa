// Typed sorts called from several threads at once, each with 2 workers,
// never share scratch: every thread's sorts match a sort done alone.
// RUN: %rtcc -lpthread
// RUN: %t | FileCheck %s
// CHECK: 4 threads x 3 sorts: all same
#include <pthread.h>
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define N 200000

struct caller {
    double keys[N];
    size_t expect[N], perm[N];
    int same;
};

static struct caller callers[THREADS];

static void *sort_three_times(void *p) {
    struct caller *c = p;
    c->same = 1;
    for (int i = 0; i < 3; i++)
        c->same &= sm_argsort_f64(c->keys, N, c->perm) == 0 &&
                   memcmp(c->perm, c->expect, sizeof c->perm) == 0;
    return NULL;
}

int main(void) {
    pthread_t tid[THREADS];
    int same = 1;
    sm_set_num_workers(2);
    srand(11);
    for (int t = 0; t < THREADS; t++) {
        for (size_t i = 0; i < N; i++)
            callers[t].keys[i] = (double)(rand() % (1000 << t));
        sm_argsort_f64(callers[t].keys, N, callers[t].expect);
    }
    for (int t = 0; t < THREADS; t++)
        pthread_create(&tid[t], NULL, sort_three_times, &callers[t]);
    for (int t = 0; t < THREADS; t++) {
        pthread_join(tid[t], NULL);
        same &= callers[t].same;
    }
    printf("%d threads x 3 sorts: %s\n", THREADS, same ? "all same" : "DIFFERENT");
    return 0;
}
