#include <sharedmem.h>
#include <stdlib.h>
#include "work.h"

int work(void);

int work(void) {
    int *slot = calloc(64, sizeof *slot);
#pragma sm parallel
    slot[sm_worker_id()] = WORK_SCALE;
    int sum = 0;
    for (int i = 0; i < 64; i++)
        sum += slot[i];
    free(slot);
    return sum;
}
