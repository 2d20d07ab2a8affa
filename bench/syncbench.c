/*
 * syncbench - construct overheads by the EPCC syncbench method.
 *
 * For each construct: time a loop of innerreps constructs, each wrapping a
 * short delay, and subtract the time of the same delays run serially; the
 * overhead per construct is the difference / innerreps.  Constructs that
 * need an enclosing region also have that region's cost (the test with no
 * constructs) subtracted: with fork per region it would swamp them, where
 * EPCC, written for thread pools, leaves it in.  innerreps grows until the
 * constructs take TARGET_S.  Each test is paired with the reference and
 * the region measured just before it, so that a drift of the machine's
 * speed cancels out; the figure is the median of REPS such differences.
 * atomic, as in EPCC, has no delay: its reference is plain updates.
 * One source: smcc builds it on sharedmem, smcc --sm-backend=openmp on
 * libgomp.  Prints "construct microseconds" lines.
 *
 *   syncbench [construct...]      (default: all)
 */
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPS 15
#define TARGET_S 0.1
#define DELAY_US 0.1

static int delay_length;
static int nworkers;

/* EPCC's delay: the test keeps the sum alive. */
static void delay(int n) {
    double a = 0;
    for (int i = 0; i < n; i++)
        a += i;
    if (a < 0)
        printf("%f\n", a);
}

static void test_parallel(int reps) {
    for (int j = 0; j < reps; j++) {
#pragma sm parallel
        delay(delay_length);
    }
}

static void test_for(int reps) {
#pragma sm parallel
    for (int j = 0; j < reps; j++) {
#pragma sm for
        for (int i = 0; i < nworkers; i++)
            delay(delay_length);
    }
}

static void test_parallel_for(int reps) {
    for (int j = 0; j < reps; j++) {
#pragma sm parallel for
        for (int i = 0; i < nworkers; i++)
            delay(delay_length);
    }
}

static void test_barrier(int reps) {
#pragma sm parallel
    for (int j = 0; j < reps; j++) {
        delay(delay_length);
#pragma sm barrier
    }
}

static void test_single(int reps) {
#pragma sm parallel
    for (int j = 0; j < reps; j++) {
#pragma sm single
        delay(delay_length);
    }
}

static void test_critical(int reps) {
#pragma sm parallel
    for (int j = 0; j < reps / nworkers; j++) {
#pragma sm critical
        delay(delay_length);
    }
}

static void test_ordered(int reps) {
#pragma sm parallel for ordered schedule(static, 1)
    for (int j = 0; j < reps; j++) {
#pragma sm ordered
        delay(delay_length);
    }
}

static long counter;

/* As EPCC: the updates alone, split among the workers, against the same
 * number of plain updates in one process (reference_updates).  A delay
 * here would run in parallel in the test and serially in the reference. */
static void test_atomic(int reps) {
    long *count = sm_zeros(1, sizeof *count);
#pragma sm parallel
    for (int j = 0; j < reps / nworkers; j++) {
#pragma sm atomic
        *count += 1;
    }
    counter += *count;
    sm_free(count);
}

/* critical as atomic is measured: the workers share innerreps critical
 * sections holding one update each, so the figure is the lock's hand-off
 * between processors, which a 0.1 us delay inside hides in its noise. */
static void test_critical_update(int reps) {
    long *count = sm_zeros(1, sizeof *count);
#pragma sm parallel
    for (int j = 0; j < reps / nworkers; j++) {
#pragma sm critical
        *count += 1;
    }
    counter += *count;
    sm_free(count);
}

static void reference_updates(int reps) {
    static volatile long count;
    for (int j = 0; j < reps; j++)
        count += 1;
    counter += count;
}

/* The combine of a reduction, on a loop inside one region: compare with
 * the `for` row, which is the same loop without it. */
static void test_reduction(int reps) {
    long sum = 0;
#pragma sm parallel
    for (int j = 0; j < reps; j++) {
#pragma sm for reduction(+ : sum)
        for (int i = 0; i < nworkers; i++) {
            delay(delay_length);
            sum += i;
        }
    }
    counter += sum;
}

static void reference(int reps) {
    for (int j = 0; j < reps; j++)
        delay(delay_length);
}

static const struct {
    const char *name;
    void (*run)(int reps);
    void (*reference)(int reps);
} tests[] = {
    {"parallel", test_parallel, reference},
    {"for", test_for, reference},
    {"parallel_for", test_parallel_for, reference},
    {"barrier", test_barrier, reference},
    {"single", test_single, reference},
    {"critical", test_critical, reference},
    {"ordered", test_ordered, reference},
    {"atomic", test_atomic, reference_updates},
    {"critical_update", test_critical_update, reference_updates},
    {"reduction", test_reduction, reference},
};

static double seconds(void (*run)(int), int reps) {
    double t0 = sm_wtime();
    run(reps);
    return sm_wtime() - t0;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n) {
    qsort(v, (size_t)n, sizeof v[0], cmp_double);
    return v[n / 2];
}

static void calibrate_delay(void) {
    delay_length = 1000;
    double t;
    while ((t = seconds(reference, 1000)) < 0.01)
        delay_length *= 2;
    delay_length = (int)(delay_length * DELAY_US * 1e-6 * 1000 / t) + 1;
}

/* The test with no constructs: the enclosing region, if any. */
static double region_only(void (*run)(int)) {
    double t[3];
    for (int k = 0; k < 3; k++)
        t[k] = seconds(run, 0);
    return median(t, 3);
}

static int choose_reps(void (*run)(int), double base) {
    int reps = nworkers;
    while (reps < (1 << 24) && seconds(run, reps) - base < TARGET_S / 4)
        reps *= 2;
    return reps;
}

static double overhead_us(void (*run)(int), void (*reference_run)(int)) {
    double base = region_only(run);
    int reps = choose_reps(run, base);
    double overhead[REPS];
    for (int k = 0; k < REPS; k++) {
        double ref = seconds(reference_run, reps);
        double region = seconds(run, 0);
        overhead[k] = (seconds(run, reps) - ref - region) / reps * 1e6;
    }
    return median(overhead, REPS);
}

static int wanted(const char *name, int argc, char **argv) {
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], name) == 0)
            return 1;
    return argc < 2;
}

int main(int argc, char **argv) {
    nworkers = sm_max_workers();
    calibrate_delay();
    printf("# syncbench: %d workers, delay %d (%.2f us); overhead in us per construct\n", nworkers,
           delay_length, DELAY_US);
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++)
        if (wanted(tests[i].name, argc, argv)) {
            printf("%s %.3f\n", tests[i].name, overhead_us(tests[i].run, tests[i].reference));
            fflush(stdout);
        }
    return counter < 0;
}
