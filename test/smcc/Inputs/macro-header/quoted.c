#include "nested.h"
void fill(int *a, int n) {
    SM_PARALLEL_FOR
    for (int i = 0; i < n; i++)
        a[i] = i;
}
