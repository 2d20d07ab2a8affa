/* A directive in a header: smpp cannot rewrite it. */
static inline long sum_to(int n) {
    long s = 0;
#pragma sm parallel for reduction(+ : s)
    for (int i = 0; i < n; i++)
        s += i;
    return s;
}
#if 0
#pragma sm barrier
#endif
