// The array of a large sm_fromfile is shared with the workers of later
// parallel work: they read the file's bytes in it, and what they write
// there the master sees.
// RUN: %rtcc
// RUN: head -c 20000000 /dev/zero | tr '\0' 'a' > %t.bin
// RUN: SM_NUM_WORKERS=2 %t %t.bin | FileCheck %s
// CHECK: workers read 20000000 'a's; master sees 4 jobs' marks
#include <sharedmem.h>
#include <stdio.h>

#define JOBS 4
#define PART (20000000 / JOBS)

static size_t total;

static int work(size_t job, void *result, void *arg) {
    char *data = arg;
    size_t *as = result;
    for (size_t i = job * PART; i < (job + 1) * PART; i++)
        *as += data[i] == 'a';
    data[job * PART] = 'M';
    return 0;
}

static void reduce(size_t job, const void *result, void *arg) {
    (void)job;
    (void)arg;
    total += *(const size_t *)result;
}

int main(int argc, char **argv) {
    size_t count = 0;
    char *data = sm_fromfile(argv[1], 1, &count, 0);
    int marks = 0;
    (void)argc;
    if (!data || sm_map(JOBS, sizeof(size_t), work, reduce, data, NULL) != 0)
        return printf("%s\n", sm_last_error()), 1;
    for (int j = 0; j < JOBS; j++)
        marks += data[j * PART] == 'M';
    printf("workers read %zu 'a's; master sees %d jobs' marks\n", total, marks);
    sm_free(data);
    return 0;
}
