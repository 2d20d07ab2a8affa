// Every job is reduced exactly once, with its result intact, in unordered
// mode, for 1 to 4 workers and several chunk sizes.
// RUN: %rtcc
// RUN: for n in 1 2 3 4; do for c in 0 1 7; do %t $n $c; done; done | FileCheck %s
// CHECK-COUNT-12: rc=0 1000 jobs reduced once each, results intact
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NJOBS 1000
#define WORDS 37

static int work(size_t job, void *result, void *arg) {
    unsigned long *r = result;
    (void)arg;
    for (int i = 0; i < WORDS; i++)
        r[i] = job * 1000003u + (unsigned long)i;
    return 0;
}

static void reduce(size_t job, const void *result, void *arg) {
    int *seen = arg;
    const unsigned long *r = result;
    for (int i = 0; i < WORDS; i++)
        if (r[i] != job * 1000003u + (unsigned long)i)
            printf("job %zu: word %d is %lu\n", job, i, r[i]);
    seen[job]++;
}

int main(int argc, char **argv) {
    static int seen[NJOBS];
    sm_map_options opts = {.num_workers = atoi(argv[1]), .chunk = (size_t)atoi(argv[2])};
    int rc = sm_map(NJOBS, WORDS * sizeof(unsigned long), work, reduce, seen, &opts);
    int bad = 0;
    (void)argc;
    for (int j = 0; j < NJOBS; j++)
        bad += seen[j] != 1;
    printf("rc=%d %d jobs reduced %s, results intact\n", rc, NJOBS,
           bad ? "not exactly once" : "once each");
    return 0;
}
