// A C++ source with a sharedmem directive, which smpp cannot rewrite.
long sum_to(int n) {
    long s = 0;
#pragma sm parallel for reduction(+ : s)
    for (int i = 0; i < n; i++)
        s += i;
    return s;
}
