/*
 * loop_placement - how much the matmul kernel of bench/kernels.c depends on
 * where the compiler happens to put its inner loop.
 *
 * The kernel is compiled four times in this one file.  The copies differ
 * only by a run of NOPs at the top of the function, so the same
 * instructions of the same inner loop land at different places in the
 * 64-byte lines of code (the compiler aligns the loop to 16 bytes).
 * The copies take turns on the same arrays, 5 times; the output is each
 * copy's median time in seconds.  No runtime, one process: whatever
 * differs here is the CPU's response to code placement alone.
 *
 * usage: loop_placement [rows]   (default 200 rows of 1600x1600)
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define N 1600
#define RUNS 5

#define STRING(x) #x
#define KERNEL(PAD)                                                                                \
    __attribute__((noinline, aligned(64))) static void kernel_##PAD(                               \
        const double *restrict a, const double *restrict b, double *restrict c, int rows) {        \
        __asm__ volatile(".skip " STRING(PAD) ", 0x90");                                           \
        for (int i = 0; i < rows; i++)                                                             \
            for (int k = 0; k < N; k++) {                                                          \
                double aik = a[i * N + k];                                                         \
                for (int j = 0; j < N; j++)                                                        \
                    c[i * N + j] += aik * b[k * N + j];                                            \
            }                                                                                      \
    }

KERNEL(4)
KERNEL(20)
KERNEL(36)
KERNEL(52)

static const struct {
    int pad;
    void (*run)(const double *restrict, const double *restrict, double *restrict, int);
} copies[] = {{4, kernel_4}, {20, kernel_20}, {36, kernel_36}, {52, kernel_52}};

#define NCOPIES (int)(sizeof copies / sizeof copies[0])

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int cmp_double(const void *x, const void *y) {
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

int main(int argc, char **argv) {
    int rows = argc > 1 ? atoi(argv[1]) : 200;
    if (rows < 1 || rows > N) {
        fprintf(stderr, "usage: loop_placement [rows: 1..%d]\n", N);
        return 2;
    }
    double *a = malloc((size_t)N * N * sizeof *a), *b = malloc((size_t)N * N * sizeof *b);
    double *c = calloc((size_t)N * N, sizeof *c);
    if (!a || !b || !c) {
        perror("loop_placement");
        return 1;
    }
    for (size_t i = 0; i < (size_t)N * N; i++) {
        a[i] = (double)(i % 7) - 3;
        b[i] = (double)(i % 5) - 2;
    }
    for (int k = 0; k < NCOPIES; k++) /* first touch of c, and warm-up */
        copies[k].run(a, b, c, 1);

    double t[NCOPIES][RUNS];
    for (int r = 0; r < RUNS; r++)
        for (int k = 0; k < NCOPIES; k++) {
            double t0 = now();
            copies[k].run(a, b, c, rows);
            t[k][r] = now() - t0;
        }
    printf("# loop_placement: %d rows of %dx%d, median of %d; NOP bytes before the loop, seconds\n",
           rows, N, N, RUNS);
    for (int k = 0; k < NCOPIES; k++) {
        qsort(t[k], RUNS, sizeof t[k][0], cmp_double);
        printf("pad_%d %.3f\n", copies[k].pad, t[k][RUNS / 2]);
    }
    free(a);
    free(b);
    free(c);
    return 0;
}
