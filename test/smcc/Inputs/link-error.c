int undefined_function(void);

int main(void) {
    int x = 0;
#pragma sm parallel
    x = 1;
    return undefined_function() + x;
}
