// A write to a scalar local that the function cannot read after the region
// is not reported: C89-style loop counters and temporaries declared at the
// top of the function are private, as the program means them. A read
// after the region, in a loop around it, or a pointer to the variable
// makes the lost write visible: those are reported.
// RUN: %smpp %s 2>&1 >/dev/null | FileCheck %s --implicit-check-not=warning:

void use(double);
void keep(double *);

void c89_style(int n, const double *a, double *c) {
    int i, j;
    double tmp;
#pragma sm parallel for
    for (i = 0; i < n; i++) {
        tmp = 0;
        for (j = 0; j < n; j++)
            tmp += a[i * n + j];
        c[i] = tmp;
    }
}

void read_after(int n, double *c) {
    double last = 0;
#pragma sm parallel for
    for (int i = 0; i < n; i++)
        last = c[i];
    use(last);
}
// CHECK: :27:9: warning: 'last' is written by workers but is private

void read_in_enclosing_loop(int n, double *c) {
    double prev = 0;
    for (int step = 0; step < 3; step++) {
        use(prev);
#pragma sm parallel for
        for (int i = 0; i < n; i++)
            prev = c[i];
    }
}
// CHECK: :38:13: warning: 'prev' is written by workers but is private

void address_taken(int n, double *c) {
    double seen = 0;
    keep(&seen);
#pragma sm parallel for
    for (int i = 0; i < n; i++)
        seen = c[i];
}
// CHECK: :48:9: warning: 'seen' is written by workers but is private
