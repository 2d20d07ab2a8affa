/*
 * fromfile_bench - sm_fromfile of a file in the page cache against
 * single-thread memcpy in the same run.
 *
 * usage: fromfile_bench [path [MiB]]   (default /tmp/sm_fromfile_bench.dat,
 * 1024 MiB).  The file is written with sm_tofile, read once to warm the
 * page cache, and removed at the end.  Two memcpy baselines: into a fresh
 * buffer (what sm_fromfile has to do: the array is new, so its pages are
 * faulted in) and into a buffer already touched.  Medians of 3.
 */
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median3(double t[3]) {
    qsort(t, 3, sizeof t[0], cmp_double);
    return t[1];
}

static double gib_per_s(size_t bytes, double seconds) {
    return (double)bytes / seconds / (1 << 30);
}

static double time_memcpy(const char *src, size_t bytes, int fresh) {
    double t[3];
    char *dst = fresh ? NULL : malloc(bytes);
    if (dst)
        memset(dst, 1, bytes);
    for (int i = 0; i < 3; i++) {
        char *d =
            dst ? dst
                : mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        double t0 = sm_wtime();
        memcpy(d, src, bytes);
        t[i] = sm_wtime() - t0;
        if (!dst)
            munmap(d, bytes);
    }
    free(dst);
    return median3(t);
}

static double time_fromfile(const char *path, size_t bytes) {
    double t[3];
    for (int i = 0; i < 3; i++) {
        size_t count = 0;
        double t0 = sm_wtime();
        char *p = sm_fromfile(path, 1, &count, 0);
        t[i] = sm_wtime() - t0;
        if (!p || count != bytes) {
            fprintf(stderr, "fromfile_bench: %s\n", sm_last_error());
            exit(1);
        }
        sm_free(p);
    }
    return median3(t);
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "/tmp/sm_fromfile_bench.dat";
    size_t bytes = (argc > 2 ? strtoul(argv[2], NULL, 10) : 1024) << 20;
    char *src = malloc(bytes);
    double fresh, warm, ff;

    memset(src, 7, bytes);
    if (sm_tofile(path, src, 1, bytes) != 0) {
        fprintf(stderr, "fromfile_bench: %s\n", sm_last_error());
        return 1;
    }
    time_fromfile(path, bytes);
    fresh = time_memcpy(src, bytes, 1);
    warm = time_memcpy(src, bytes, 0);
    ff = time_fromfile(path, bytes);
    unlink(path);
    printf("%zu MiB, %d workers: sm_fromfile %.2f GiB/s; memcpy into fresh memory %.2f GiB/s "
           "(%.0f%%), into touched memory %.2f GiB/s (%.0f%%)\n",
           bytes >> 20, sm_max_workers(), gib_per_s(bytes, ff), gib_per_s(bytes, fresh),
           100 * fresh / ff, gib_per_s(bytes, warm), 100 * warm / ff);
    return 0;
}
