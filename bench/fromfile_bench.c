/*
 * fromfile_bench - sm_fromfile of a file in the page cache against
 * single-thread memcpy in the same run, and sm_tofile.
 *
 * usage: fromfile_bench [path [MiB]]   (default /tmp/sm_fromfile_bench.dat,
 * 1024 MiB).  The file is written with sm_tofile (timed), read once to
 * warm the page cache, and removed at the end.  Two memcpy baselines: into
 * a buffer already touched, and into a fresh one (the state sm_fromfile's
 * new array is in: its pages still have to be mapped in).  Then the first
 * pass over each result (a sum of its words): it pays for the pages the
 * copy did not touch.  All figures are medians of 3.  The header names the
 * kernel's shmem_enabled setting, on which sm_fromfile's path depends.
 */
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct timing {
    double copy, pass; /* seconds */
};

static uint64_t checksum;

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median3(double t[3]) {
    qsort(t, 3, sizeof t[0], cmp_double);
    return t[1];
}

static struct timing median(struct timing t[3]) {
    double copy[3] = {t[0].copy, t[1].copy, t[2].copy}, pass[3] = {t[0].pass, t[1].pass, t[2].pass};
    return (struct timing){median3(copy), median3(pass)};
}

static double gib_per_s(size_t bytes, double seconds) {
    return (double)bytes / seconds / (1 << 30);
}

static double first_pass(const char *p, size_t bytes) {
    const uint64_t *w = (const uint64_t *)p;
    uint64_t sum = 0;
    double t0 = sm_wtime();
    for (size_t i = 0; i < bytes / 8; i++)
        sum += w[i];
    checksum += sum;
    return sm_wtime() - t0;
}

static struct timing time_memcpy(const char *src, size_t bytes, int fresh) {
    struct timing t[3];
    char *dst = fresh ? NULL : malloc(bytes);
    if (dst)
        memset(dst, 1, bytes);
    for (int i = 0; i < 3; i++) {
        char *d =
            dst ? dst
                : mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        double t0 = sm_wtime();
        memcpy(d, src, bytes);
        t[i].copy = sm_wtime() - t0;
        t[i].pass = first_pass(d, bytes);
        if (!dst)
            munmap(d, bytes);
    }
    free(dst);
    return median(t);
}

static struct timing time_fromfile(const char *path, size_t bytes) {
    struct timing t[3];
    for (int i = 0; i < 3; i++) {
        size_t count = 0;
        double t0 = sm_wtime();
        char *p = sm_fromfile(path, 1, &count, 0);
        t[i].copy = sm_wtime() - t0;
        if (!p || count != bytes) {
            fprintf(stderr, "fromfile_bench: %s\n", sm_last_error());
            exit(1);
        }
        t[i].pass = first_pass(p, bytes);
        sm_free(p);
    }
    return median(t);
}

static double time_tofile(const char *path, const char *src, size_t bytes) {
    double t[3];
    for (int i = 0; i < 3; i++) {
        double t0 = sm_wtime();
        if (sm_tofile(path, src, 1, bytes) != 0) {
            fprintf(stderr, "fromfile_bench: %s\n", sm_last_error());
            exit(1);
        }
        t[i] = sm_wtime() - t0;
    }
    return median3(t);
}

static void report(const char *what, size_t bytes, struct timing t, struct timing ff) {
    printf("  %-26s %6.2f GiB/s (%.3f s), first pass %.3f s, together %.3f s; "
           "sm_fromfile at %.0f%% of its bandwidth, %.0f%% together\n",
           what, gib_per_s(bytes, t.copy), t.copy, t.pass, t.copy + t.pass, 100 * t.copy / ff.copy,
           100 * (t.copy + t.pass) / (ff.copy + ff.pass));
}

/* The bracketed word of the kernel's setting, which decides how
 * sm_fromfile copies (docs/library.md). */
static const char *shared_huge_pages_setting(void) {
    static char word[32] = "unknown";
    char line[128];
    FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/shmem_enabled", "r");
    if (f && fgets(line, sizeof line, f)) {
        char *open = strchr(line, '['), *close = open ? strchr(open, ']') : NULL;
        if (close && close - open - 1 < (long)sizeof word) {
            memcpy(word, open + 1, (size_t)(close - open - 1));
            word[close - open - 1] = 0;
        }
    }
    if (f)
        fclose(f);
    return word;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "/tmp/sm_fromfile_bench.dat";
    size_t bytes = (argc > 2 ? strtoul(argv[2], NULL, 10) : 1024) << 20;
    char *src = malloc(bytes);
    struct timing fresh, warm, ff;
    double tofile;

    for (size_t i = 0; i < bytes; i++)
        src[i] = (char)(i * 7);
    tofile = time_tofile(path, src, bytes);
    time_fromfile(path, bytes);
    ff = time_fromfile(path, bytes);
    fresh = time_memcpy(src, bytes, 1);
    warm = time_memcpy(src, bytes, 0);
    unlink(path);
    printf("%zu MiB, %d workers, shmem_enabled %s (checksum %llx)\n", bytes >> 20, sm_max_workers(),
           shared_huge_pages_setting(), (unsigned long long)checksum);
    printf("  %-26s %6.2f GiB/s (%.3f s), first pass %.3f s, together %.3f s\n", "sm_fromfile",
           gib_per_s(bytes, ff.copy), ff.copy, ff.pass, ff.copy + ff.pass);
    report("memcpy into touched memory", bytes, warm, ff);
    report("memcpy into fresh memory", bytes, fresh, ff);
    printf("  %-26s %6.2f GiB/s (%.3f s)\n", "sm_tofile", gib_per_s(bytes, tofile), tofile);
    return 0;
}
