/*
 * kernels - four parallel kernels, one source built three ways (smcc
 * --sm-serial, smcc, smcc --sm-backend=openmp) by bench/run.sh.
 *
 *   kernels NAME     NAME: mandelbrot jacobi jacobi_team matmul histogram
 * Prints "NAME seconds checksum": seconds of the parallel part only (set-up
 * and checking are serial and untimed); the checksum must match across
 * builds.
 * Arrays come from malloc, which smcc puts in the shared heap.
 */
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double elapsed;

/* ---- Mandelbrot: rows of very different cost, dynamic schedule ---- */

#define MB_WIDTH 1600
#define MB_HEIGHT 1200
#define MB_MAX_ITER 2000

static int escape_time(double cr, double ci) {
    double zr = 0, zi = 0;
    int k = 0;
    while (k < MB_MAX_ITER && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        k++;
    }
    return k;
}

static double mandelbrot(void) {
    unsigned char *image = malloc((size_t)MB_WIDTH * MB_HEIGHT);
    long total = 0;
    double t0 = sm_wtime();
#pragma sm parallel for schedule(dynamic) reduction(+ : total)
    for (int y = 0; y < MB_HEIGHT; y++) {
        double ci = -1.2 + 2.4 * y / MB_HEIGHT;
        for (int x = 0; x < MB_WIDTH; x++) {
            int k = escape_time(-2.2 + 3.2 * x / MB_WIDTH, ci);
            image[(size_t)y * MB_WIDTH + x] = (unsigned char)(k == MB_MAX_ITER ? 0 : k % 256);
            total += k;
        }
    }
    elapsed = sm_wtime() - t0;
    free(image);
    return (double)total;
}

/* ---- Jacobi: 100 sweeps of a 1200x1200 grid, many short loops ---- */

#define JN 1200
#define JSWEEPS 100

static double *jacobi_grid(void) {
    double *g = calloc(2 * (size_t)JN * JN, sizeof *g);
    for (int i = 0; i < JN; i++)
        g[i] = g[JN * JN + i] = 1.0; /* hot top edge in both buffers */
    return g;
}

static double jacobi_sum(double *g) {
    double sum = 0;
    for (size_t i = 0; i < (size_t)JN * JN; i++)
        sum += g[(JSWEEPS % 2) * (size_t)JN * JN + i];
    free(g);
    return sum;
}

static void jacobi_sweep_rows(const double *src, double *dst, int i) {
    for (int j = 1; j < JN - 1; j++)
        dst[i * JN + j] = 0.25 * (src[(i - 1) * JN + j] + src[(i + 1) * JN + j] +
                                  src[i * JN + j - 1] + src[i * JN + j + 1]);
}

/* A region per sweep, as `parallel for` is usually written. */
static double jacobi(void) {
    double *g = jacobi_grid();
    double t0 = sm_wtime();
    for (int s = 0; s < JSWEEPS; s++) {
        const double *src = g + (s % 2) * (size_t)JN * JN;
        double *dst = g + ((s + 1) % 2) * (size_t)JN * JN;
#pragma sm parallel for
        for (int i = 1; i < JN - 1; i++)
            jacobi_sweep_rows(src, dst, i);
    }
    elapsed = sm_wtime() - t0;
    return jacobi_sum(g);
}

/* One region, a work-sharing loop (and its barrier) per sweep. */
static double jacobi_team(void) {
    double *g = jacobi_grid();
    double t0 = sm_wtime();
#pragma sm parallel
    for (int s = 0; s < JSWEEPS; s++) {
        const double *src = g + (s % 2) * (size_t)JN * JN;
        double *dst = g + ((s + 1) % 2) * (size_t)JN * JN;
#pragma sm for
        for (int i = 1; i < JN - 1; i++)
            jacobi_sweep_rows(src, dst, i);
    }
    elapsed = sm_wtime() - t0;
    return jacobi_sum(g);
}

/* ---- Dense matrix multiply, C = A B, i-k-j order ----
 * 1600 x 1600: a little over a second of serial work, enough for the
 * ">= 0.95x OpenMP for kernels of 1 s or more" target (performance.md). */

#define MN 1600

static double matmul(void) {
    double *a = malloc((size_t)MN * MN * sizeof *a), *b = malloc((size_t)MN * MN * sizeof *b);
    double *c = calloc((size_t)MN * MN, sizeof *c);
    for (size_t i = 0; i < (size_t)MN * MN; i++) {
        a[i] = (double)(i % 7) - 3;
        b[i] = (double)(i % 5) - 2;
    }
    double t0 = sm_wtime();
#pragma sm parallel for
    for (int i = 0; i < MN; i++)
        for (int k = 0; k < MN; k++) {
            double aik = a[i * MN + k];
            for (int j = 0; j < MN; j++)
                c[i * MN + j] += aik * b[k * MN + j];
        }
    elapsed = sm_wtime() - t0;
    double sum = 0;
    for (size_t i = 0; i < (size_t)MN * MN; i++)
        sum += c[i] * (double)(i % 3);
    free(a);
    free(b);
    free(c);
    return sum;
}

/* ---- Histogram: private bins per worker, merged with atomics; the
 * element count is a reduction (array reductions are not supported). ---- */

#define HN (64u << 20)
#define HBINS 256

static double histogram(void) {
    uint32_t *data = malloc(HN * sizeof *data);
    long *bins = calloc(HBINS, sizeof *bins);
    uint32_t x = 12345;
    for (uint32_t i = 0; i < HN; i++)
        data[i] = x = x * 1664525u + 1013904223u;
    long counted = 0;
    double t0 = sm_wtime();
#pragma sm parallel reduction(+ : counted)
    {
        long local[HBINS] = {0};
#pragma sm for nowait
        for (uint32_t i = 0; i < HN; i++) {
            local[data[i] >> 24]++;
            counted++;
        }
        for (int b = 0; b < HBINS; b++) {
#pragma sm atomic
            bins[b] += local[b];
        }
    }
    elapsed = sm_wtime() - t0;
    double sum = (double)counted;
    for (int b = 0; b < HBINS; b++)
        sum += (double)bins[b] * b;
    free(data);
    free(bins);
    return sum;
}

static const struct {
    const char *name;
    double (*run)(void);
} kernels[] = {
    {"mandelbrot", mandelbrot}, {"jacobi", jacobi},       {"jacobi_team", jacobi_team},
    {"matmul", matmul},         {"histogram", histogram},
};

int main(int argc, char **argv) {
    for (size_t i = 0; i < sizeof kernels / sizeof kernels[0]; i++) {
        if (argc > 1 && strcmp(argv[1], kernels[i].name) != 0)
            continue;
        double check = kernels[i].run();
        printf("%s %.4f %.17g\n", kernels[i].name, elapsed, check);
        fflush(stdout);
    }
    return 0;
}
