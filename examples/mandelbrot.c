/*
 * mandelbrot.c - the Mandelbrot set as a PGM image, one row per loop
 * iteration.  Rows near the set cost far more than rows outside it, so the
 * loop uses a dynamic schedule.  The image is malloc'ed: smcc puts the heap
 * in shared memory, so the rows the workers write are the master's.
 *
 *   smcc -O2 mandelbrot.c -o mandelbrot && ./mandelbrot [width [out.pgm]]
 */
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_ITER 2000

static int escape_time(double cr, double ci) {
    double zr = 0, zi = 0;
    int k = 0;
    while (k < MAX_ITER && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2 * zr * zi + ci;
        zr = t;
        k++;
    }
    return k;
}

int main(int argc, char **argv) {
    int width = argc > 1 ? atoi(argv[1]) : 1600;
    int height = width * 3 / 4;
    const char *out = argc > 2 ? argv[2] : NULL;
    if (width < 4) {
        fprintf(stderr, "usage: %s [width >= 4 [out.pgm]]\n", argv[0]);
        return 2;
    }
    unsigned char *image = malloc((size_t)width * height);
    if (!image) {
        perror("malloc");
        return 1;
    }
    long total = 0;
    double t0 = sm_wtime();
#pragma sm parallel for schedule(dynamic) reduction(+ : total)
    for (int y = 0; y < height; y++) {
        double ci = -1.2 + 2.4 * y / height;
        for (int x = 0; x < width; x++) {
            int k = escape_time(-2.2 + 3.2 * x / width, ci);
            image[(size_t)y * width + x] = (unsigned char)(k == MAX_ITER ? 0 : 255 - k % 256);
            total += k;
        }
    }
    double seconds = sm_wtime() - t0;
    printf("mandelbrot %dx%d: %ld iterations, %.3f s with %d worker(s)\n", width, height, total,
           seconds, sm_max_workers());
    if (out) {
        FILE *f = fopen(out, "wb");
        if (!f || fprintf(f, "P5\n%d %d\n255\n", width, height) < 0 ||
            fwrite(image, 1, (size_t)width * height, f) != (size_t)width * height ||
            fclose(f) != 0) {
            perror(out);
            return 1;
        }
    }
    free(image);
    return 0;
}
