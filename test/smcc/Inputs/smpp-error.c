int main(void) {
#pragma sm no_such_directive
    return 0;
}
