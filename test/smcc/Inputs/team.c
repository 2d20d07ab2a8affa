/* A region whose workers each write the team size into their slot of a
 * calloc'd array: the master sees every slot only if calloc went to the
 * shared heap.  Returns the team size, or -1 if slots are missing. */
#include <sharedmem.h>
#include <stdlib.h>

int team_slots_filled(void);

int team_slots_filled(void) {
    int *slot = calloc(64, sizeof *slot);
#pragma sm parallel
    slot[sm_worker_id()] = sm_num_workers();
    int filled = 0, agree = 1;
    for (int i = 0; i < 64; i++)
        filled += slot[i] != 0;
    for (int i = 0; i < 64; i++)
        agree &= slot[i] == 0 || slot[i] == filled;
    free(slot);
    return agree ? filled : -1;
}
