/*
 * trace_svg - draws an SM_TRACE file as an SVG timeline: one row per
 * worker, the region as a band, loop chunks as bars, waits, fork and join
 * in their own colours.
 *
 *   trace_svg trace.json > trace.svg
 *
 * Reads the files libsharedmem writes (one event per line), not arbitrary
 * JSON.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORKERS 256
#define WIDTH 1000.0
#define LEFT 90.0
#define ROW 34.0
#define TOP 30.0

struct event {
    char name[32], cat[16];
    int tid;
    double ts, dur;
};

static struct event *events;
static size_t nevents, cap;

static int field(const char *line, const char *key, char *out, size_t size) {
    const char *p = strstr(line, key);
    if (!p)
        return 0;
    p += strlen(key);
    size_t n = strcspn(p, "\"");
    if (n >= size)
        n = size - 1;
    memcpy(out, p, n);
    out[n] = '\0';
    return 1;
}

static int number(const char *line, const char *key, double *out) {
    const char *p = strstr(line, key);
    return p && sscanf(p + strlen(key), "%lf", out) == 1;
}

static void read_events(FILE *f) {
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        struct event e;
        double tid;
        if (!strstr(line, "\"ph\":\"X\"") || !field(line, "\"name\":\"", e.name, sizeof e.name) ||
            !field(line, "\"cat\":\"", e.cat, sizeof e.cat) || !number(line, "\"tid\":", &tid) ||
            !number(line, "\"ts\":", &e.ts) || !number(line, "\"dur\":", &e.dur))
            continue;
        e.tid = (int)tid;
        if (e.tid < 0 || e.tid >= MAX_WORKERS)
            continue;
        if (nevents == cap) {
            cap = cap ? 2 * cap : 1024;
            events = realloc(events, cap * sizeof *events);
            if (!events) {
                perror("trace_svg");
                exit(1);
            }
        }
        events[nevents++] = e;
    }
}

struct lane {
    const char *cat;
    double y, h; /* within the row */
    const char *colour[2];
};

/* Chunks alternate between two blues so neighbours stay apart. */
static const struct lane lanes[] = {
    {"region", 2, 28, {"#e4e4e4", "#e4e4e4"}}, {"loop", 4, 4, {"#9e9e9e", "#9e9e9e"}},
    {"chunk", 10, 12, {"#3b7dd8", "#86b3ee"}}, {"fork", 24, 5, {"#333333", "#333333"}},
    {"join", 24, 5, {"#333333", "#333333"}},   {"wait", 24, 5, {"#d83b3b", "#d83b3b"}},
};

static const struct lane *lane_of(const struct event *e) {
    for (size_t i = 0; i < sizeof lanes / sizeof lanes[0]; i++)
        if (strcmp(e->cat, lanes[i].cat) == 0)
            return &lanes[i];
    return NULL;
}

static const char *wait_colour(const struct event *e) {
    if (strcmp(e->name, "critical") == 0)
        return "#f08c00";
    if (strcmp(e->name, "ordered") == 0)
        return "#9c36b5";
    return "#d83b3b";
}

/* Lane by lane, so the region band lies under the bars drawn on it. */
static void draw_lane(const struct lane *lane, double t0, double scale) {
    int parity[MAX_WORKERS] = {0};
    for (size_t i = 0; i < nevents; i++) {
        const struct event *e = &events[i];
        const struct lane *l = lane_of(e);
        if (l != lane)
            continue;
        double x = LEFT + (e->ts - t0) * scale, w = e->dur * scale;
        const char *colour = l->colour[0];
        if (strcmp(l->cat, "chunk") == 0 && w >= 2)
            colour = l->colour[parity[e->tid]++ & 1];
        if (strcmp(l->cat, "wait") == 0)
            colour = wait_colour(e);
        printf("<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%.0f\" fill=\"%s\"/>\n", x,
               TOP + e->tid * ROW + l->y, w < 0.3 ? 0.3 : w, l->h, colour);
    }
}

static void draw_events(double t0, double scale) {
    for (size_t i = 0; i < sizeof lanes / sizeof lanes[0]; i++)
        draw_lane(&lanes[i], t0, scale);
}

/* 1, 2, 5, 10, 20, 50, ... microseconds: at most 10 ticks. */
static double tick_step(double span_us) {
    double step = 1;
    for (int i = 0; span_us / step > 10; i++)
        step *= i % 3 == 1 ? 2.5 : 2;
    return step;
}

static void draw_axis(double t0, double t1, double scale, int rows) {
    double step = tick_step(t1 - t0), y = TOP + rows * ROW;
    for (double t = 0; t <= t1 - t0; t += step) {
        double x = LEFT + t * scale;
        printf("<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"#bbb\"/>\n", x, TOP,
               x, y + 4);
        printf("<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%g ms</text>\n", x, y + 16,
               t / 1000);
    }
    for (int r = 0; r < rows; r++)
        printf("<text x=\"4\" y=\"%.0f\">worker %d</text>\n", TOP + r * ROW + 20, r);
}

static void draw_legend(int rows) {
    static const char *const names[] = {"region",    "loop",    "chunks",
                                        "fork/join", "barrier", "critical"};
    static const char *const colours[] = {"#e4e4e4", "#9e9e9e", "#3b7dd8",
                                          "#333333", "#d83b3b", "#f08c00"};
    double y = TOP + rows * ROW + 30;
    for (int i = 0; i < 6; i++) {
        printf("<rect x=\"%d\" y=\"%.0f\" width=\"12\" height=\"12\" fill=\"%s\"/>", 90 + i * 130,
               y, colours[i]);
        printf("<text x=\"%d\" y=\"%.0f\">%s</text>\n", 106 + i * 130, y + 11, names[i]);
    }
}

int main(int argc, char **argv) {
    FILE *f = argc == 2 ? fopen(argv[1], "r") : NULL;
    if (!f) {
        fprintf(stderr, "usage: trace_svg TRACE.json > TRACE.svg\n");
        return 2;
    }
    read_events(f);
    fclose(f);
    if (nevents == 0) {
        fprintf(stderr, "trace_svg: no events in %s\n", argv[1]);
        return 1;
    }
    double t0 = events[0].ts, t1 = t0;
    int rows = 0;
    for (size_t i = 0; i < nevents; i++) {
        if (events[i].ts < t0)
            t0 = events[i].ts;
        if (events[i].ts + events[i].dur > t1)
            t1 = events[i].ts + events[i].dur;
        if (events[i].tid + 1 > rows)
            rows = events[i].tid + 1;
    }
    double scale = (WIDTH - LEFT - 20) / (t1 > t0 ? t1 - t0 : 1);
    printf("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
           "font-family=\"sans-serif\" font-size=\"11\">\n",
           WIDTH, TOP + rows * ROW + 56);
    printf("<text x=\"4\" y=\"16\" font-size=\"13\">sharedmem trace: %d workers, %.1f ms</text>\n",
           rows, (t1 - t0) / 1000);
    draw_axis(t0, t1, scale, rows);
    draw_events(t0, scale);
    draw_legend(rows);
    printf("</svg>\n");
    return 0;
}
