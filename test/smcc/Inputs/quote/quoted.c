#include "quoted.h"

int quoted_value(void);

int quoted_value(void) {
    int v = 0;
#pragma sm parallel
    v = DEP_VALUE;
    return v;
}
