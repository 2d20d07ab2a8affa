/*
 * pi.c - pi by the midpoint rule on 4/(1+x^2) over [0,1], with a reduction.
 * Partial sums are combined on the master in worker order, so the result is
 * bit-identical from run to run for the same team size.
 *
 *   smcc -O2 pi.c -o pi && ./pi [intervals]
 */
#include <math.h>
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 400000000L;
    if (n < 1) {
        fprintf(stderr, "usage: %s [intervals >= 1]\n", argv[0]);
        return 2;
    }
    double h = 1.0 / (double)n, sum = 0.0;
    double t0 = sm_wtime();
#pragma sm parallel for reduction(+ : sum)
    for (long i = 0; i < n; i++) {
        double x = h * ((double)i + 0.5);
        sum += 4.0 / (1.0 + x * x);
    }
    double pi = h * sum;
    printf("pi = %.15f (error %.2e), %ld intervals, %.3f s with %d worker(s)\n", pi,
           fabs(pi - M_PI), n, sm_wtime() - t0, sm_max_workers());
    return 0;
}
