/*
 * stats.c - SM_STATS=1: per-construct counters, a table on stderr at exit.
 *
 * One site per region or loop (keyed by its __sm_loc, which has the same
 * address in every worker, and whether it is the loop: a combined
 * `parallel for` has one __sm_loc), one record per worker in each site.  The table
 * is MAP_SHARED and mapped before the first fork; a record is written only
 * by the process that is that worker, so no update needs an atomic.
 */
#include "internal.h"
#include "observe.h"
#include "os.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SITES 128

struct site {
    _Atomic uintptr_t key; /* the __sm_loc's address | is_loop */
    const __sm_loc *loc;
    struct sm_stat_rec w[SM_MAX_TEAM];
};

static struct site *sites;
static _Atomic int lost; /* updates for sites beyond MAX_SITES */

int sm_stats_init(void) {
    void *p = sm_map_shared_noreserve(MAX_SITES * sizeof *sites);
    if (!p) {
        sm_warn("SM_STATS: cannot map the statistics table; no statistics");
        return 0;
    }
    sites = p;
    return 1;
}

static struct site *find_site(const __sm_loc *loc, int is_loop) {
    uintptr_t key = (uintptr_t)loc | (uintptr_t)is_loop;
    uintptr_t h = (key >> 3 ^ key) * 0x9E3779B97F4A7C15u;
    for (int probe = 0; probe < MAX_SITES; probe++) {
        struct site *s = &sites[(h + (uintptr_t)probe) % MAX_SITES];
        uintptr_t cur = atomic_load(&s->key);
        if (!cur && atomic_compare_exchange_strong(&s->key, &cur, key)) {
            s->loc = loc;
            return s;
        }
        if (cur == key)
            return s;
    }
    return NULL;
}

void sm_stats_add(const __sm_loc *loc, int is_loop, int worker, const struct sm_stat_rec *d) {
    struct site *s = find_site(loc, is_loop);
    if (!s) {
        atomic_store(&lost, 1);
        return;
    }
    struct sm_stat_rec *r = &s->w[worker];
    r->calls += d->calls;
    r->time_ns += d->time_ns;
    r->busy_ns += d->busy_ns;
    r->forkjoin_ns += d->forkjoin_ns;
    r->faults += d->faults;
    for (int k = 0; k < SM_WAIT_KINDS; k++)
        r->wait_ns[k] += d->wait_ns[k];
}

static int by_location(const void *a, const void *b) {
    const struct site *s = *(struct site *const *)a, *t = *(struct site *const *)b;
    const __sm_loc *x = s->loc, *y = t->loc;
    int c = strcmp(x->file ? x->file : "", y->file ? y->file : "");
    if (c == 0)
        c = (x->line > y->line) - (x->line < y->line);
    if (c == 0)
        c = (int)(s->key & 1) - (int)(t->key & 1);
    return c;
}

static double ms(uint64_t ns) {
    return (double)ns / 1e6;
}

static int workers_used(const struct site *s) {
    int n = 0;
    for (int w = 0; w < SM_MAX_TEAM; w++)
        if (s->w[w].calls)
            n = w + 1;
    return n;
}

/* Idle share of the slowest worker's time: (max - mean) / max of busy. */
static double imbalance(const struct site *s, int n) {
    uint64_t max = 0, sum = 0;
    for (int w = 0; w < n; w++) {
        sum += s->w[w].busy_ns;
        if (s->w[w].busy_ns > max)
            max = s->w[w].busy_ns;
    }
    return max ? 100.0 * ((double)max - (double)sum / n) / (double)max : 0.0;
}

/* One figure per worker, w0/w1/...: its busy ms, or its page faults. */
static const char *per_worker(char *buf, size_t size, const struct site *s, int n, int faults) {
    size_t len = 0;
    for (int w = 0; w < n && len < size - 32; w++) {
        const char *sep = w ? "/" : "";
        if (faults)
            len += (size_t)snprintf(buf + len, size - len, "%s%llu", sep,
                                    (unsigned long long)s->w[w].faults);
        else
            len += (size_t)snprintf(buf + len, size - len, "%s%.3f", sep, ms(s->w[w].busy_ns));
    }
    if (len >= size - 32)
        snprintf(buf + len, size - len, "/...");
    return buf;
}

static const char *construct_name(const struct site *s) {
    const char *name = s->loc->construct ? s->loc->construct : "?";
    if ((s->key & 1) && strncmp(name, "parallel ", 9) == 0)
        return name + 9;
    return name;
}

static void print_site(const struct site *s) {
    const __sm_loc *loc = s->loc;
    int n = workers_used(s);
    struct sm_stat_rec sum = {0};
    uint64_t wall = 0, calls = 0;
    for (int w = 0; w < n; w++) {
        const struct sm_stat_rec *r = &s->w[w];
        if (r->time_ns > wall)
            wall = r->time_ns;
        if (r->calls > calls)
            calls = r->calls;
        sum.forkjoin_ns += r->forkjoin_ns;
        for (int k = 0; k < SM_WAIT_KINDS; k++)
            sum.wait_ns[k] += r->wait_ns[k];
    }
    char where[160];
    snprintf(where, sizeof where, "%s:%d", loc->file ? loc->file : "?", loc->line);
    fprintf(stderr, "%-13s %-24s %7llu %7d %11.3f %10.3f", construct_name(s), where,
            (unsigned long long)calls, n, ms(wall), ms(sum.forkjoin_ns));
    char buf[256];
    fprintf(stderr, " %-24s", per_worker(buf, sizeof buf, s, n, 0));
    fprintf(stderr, " %6.1f %10.3f %10.3f %10.3f", imbalance(s, n),
            ms(sum.wait_ns[SM_WAIT_BARRIER]), ms(sum.wait_ns[SM_WAIT_CRITICAL]),
            ms(sum.wait_ns[SM_WAIT_ORDERED]));
    fprintf(stderr, " %s\n", per_worker(buf, sizeof buf, s, n, 1));
}

/* A region run this often, whose workers fault this much in each run, is
 * most likely a loop's body: the OpenMP habit of a `parallel for` per time
 * step, where every step's new workers map the same shared pages again. */
#define HINT_MIN_CALLS 10
#define HINT_MIN_FAULTS_PER_CALL 256

static void print_hint(const struct site *s) {
    if (s->key & 1)
        return;
    uint64_t worst = 0;
    int n = workers_used(s);
    for (int w = 1; w < n; w++)
        if (s->w[w].calls && s->w[w].faults / s->w[w].calls > worst)
            worst = s->w[w].faults / s->w[w].calls;
    if (s->w[0].calls < HINT_MIN_CALLS || worst < HINT_MIN_FAULTS_PER_CALL)
        return;
    fprintf(stderr,
            "sharedmem stats: hint: %s:%d ran %llu times, and each time its workers, new "
            "processes, took up to %llu page faults to map the memory they touched; if these "
            "regions run one after another, one region around the loop that repeats them, with "
            "'for' inside, maps it once (docs/getting-started.md, \"What a region costs\")\n",
            s->loc->file ? s->loc->file : "?", s->loc->line, (unsigned long long)s->w[0].calls,
            (unsigned long long)worst);
}

void sm_stats_report(void) {
    struct site *used[MAX_SITES];
    int n = 0;
    for (int i = 0; i < MAX_SITES; i++)
        if (atomic_load(&sites[i].key))
            used[n++] = &sites[i];
    qsort(used, (size_t)n, sizeof used[0], by_location);
    fprintf(stderr,
            "sharedmem stats: times in ms; busy and page faults per worker w0/w1/...; imbal%% = "
            "(max - mean) / max of busy; waits summed over workers\n");
    fprintf(stderr, "%-13s %-24s %7s %7s %11s %10s %-24s %6s %10s %10s %10s %s\n", "construct",
            "location", "calls", "workers", "wall", "fork+join", "busy", "imbal%", "barrier",
            "critical", "ordered", "faults");
    for (int i = 0; i < n; i++)
        print_site(used[i]);
    for (int i = 0; i < n; i++)
        print_hint(used[i]);
    if (atomic_load(&lost))
        fprintf(stderr, "sharedmem stats: more than %d regions and loops; the rest are not shown\n",
                MAX_SITES);
}
