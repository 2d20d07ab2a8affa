/* Uses the sm_ API without directives: needs only the header and library. */
#include <sharedmem.h>
#include <stdio.h>

int main(void) {
    int *p = sm_zeros(4, sizeof *p);
    printf("plain shared %d\n", sm_is_shared(p));
    sm_free(p);
    return 0;
}
