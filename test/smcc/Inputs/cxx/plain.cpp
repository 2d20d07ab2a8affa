// A C++ source without directives.
long twice(long x) {
    return 2 * x;
}
