#include "dep.h"

int dep_value(void);

int dep_value(void) {
    int v = 0;
#pragma sm parallel
    v = DEP_VALUE;
    return v;
}
