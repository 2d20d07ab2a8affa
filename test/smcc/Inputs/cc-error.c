int main(void) {
    int x = 0;
#pragma sm parallel
    x = 1;
    return undeclared_variable + x;
}
