#include <stdio.h>

int work(void);

int main(void) {
    printf("work %d\n", work());
    return 0;
}
