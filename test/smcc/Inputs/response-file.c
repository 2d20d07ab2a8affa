#include <stdio.h>

int main(void) {
    long sum = 0;
#pragma sm parallel for reduction(+ : sum)
    for (int i = 0; i < N; i++)
        sum += i;
    printf("%s %s %ld\n", GREETING, WHO, sum);
    return 0;
}
