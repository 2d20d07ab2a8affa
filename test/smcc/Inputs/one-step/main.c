#include <stdio.h>

int work(void);
int twice(int x);

int main(void) {
    long sum = 0;
#pragma sm parallel for reduction(+ : sum)
    for (int i = 0; i < 10; i++)
        sum += i;
    printf("%ld %d %d\n", sum, work(), twice(3));
    return 0;
}
