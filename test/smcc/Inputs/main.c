#include <stdio.h>

int team_slots_filled(void);

int main(void) {
    printf("filled %d\n", team_slots_filled());
    return 0;
}
