#include "workers.h"
void work(void);
void f(void) {
#ifdef USE_PARALLEL
#pragma sm parallel num_workers(TEAM_SIZE)
#endif
    work();
}
