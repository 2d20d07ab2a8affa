// A region opened by sm_map's reduce, while the map's workers still run,
// runs as a team of one: workers it forked would allocate from the heap
// arenas the map's workers use. Both sides churn the heap to show it.
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: env SM_NUM_WORKERS=3 %t | FileCheck %s
// CHECK: rc=0 corrupt=0 widest team in reduce 1
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int churn(void) {
    char *keep[64] = {0};
    unsigned s = 12345;
    int bad = 0;
    for (int i = 0; i < 50000; i++) {
        s = s * 1103515245 + 12345;
        int k = (s >> 10) % 64;
        if (keep[k]) {
            for (int j = 0; j < 48; j++)
                bad |= keep[k][j] != (char)k;
            free(keep[k]);
        }
        keep[k] = malloc(48 + (s >> 20) % 200);
        memset(keep[k], k, 48);
    }
    for (int k = 0; k < 64; k++)
        free(keep[k]);
    return bad;
}

static int corrupt, widest;

static int work(size_t job, void *result, void *arg) {
    (void)job;
    (void)arg;
    *(int *)result = churn();
    return 0;
}

static void reduce(size_t job, const void *result, void *arg) {
    int bad = 0, team = 0;
    (void)arg;
    corrupt += *(const int *)result;
    if (job % 4 != 0)
        return;
#pragma sm parallel reduction(+ : bad) reduction(max : team)
    {
        bad += churn();
        team = sm_num_workers();
    }
    corrupt += bad;
    if (team > widest)
        widest = team;
}

int main(void) {
    int rc = sm_map(24, sizeof(int), work, reduce, NULL, NULL);
    printf("rc=%d corrupt=%d widest team in reduce %d\n", rc, corrupt, widest);
    return 0;
}
