/* A region whose workers each write their slot of a malloc'd array: the
 * master sees every slot only if malloc went to the shared heap. */
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

int team_slots_filled(void);

int team_slots_filled(void) {
    int *slot = calloc(64, sizeof *slot);
    int size = 0;
#pragma sm parallel
    {
        slot[sm_worker_id()] = 1;
        if (sm_worker_id() == 0)
            size = sm_num_workers();
    }
    int filled = 0;
    for (int i = 0; i < 64; i++)
        filled += slot[i];
    free(slot);
    return filled == size ? filled : -1;
}
