/*
 * trace.c - SM_TRACE=file.json: a Chrome trace-event file, one track per
 * worker, written by the master at exit.
 *
 * Each worker appends complete events to its own buffer in MAP_SHARED
 * memory mapped before the first fork (worker k of successive regions is a
 * new process each time, so the fill count lives in the buffer too).  A
 * full buffer drops events and counts them.  The file opens in
 * ui.perfetto.dev and chrome://tracing.
 */
#include "internal.h"
#include "observe.h"
#include "os.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define EVENTS_PER_WORKER (1u << 15)

struct event {
    uint64_t start, end;
    const __sm_loc *loc;
    uint64_t a, b;
    uint32_t kind;
};

struct track {
    uint32_t count;
    uint32_t dropped;
    struct event ev[EVENTS_PER_WORKER];
};

static struct track *tracks;
static char trace_path[4096];
static uint64_t trace_origin;

int sm_trace_init(const char *path) {
    if (strlen(path) >= sizeof trace_path) {
        sm_warn("SM_TRACE: path too long; no trace");
        return 0;
    }
    void *p = sm_map_shared_noreserve(SM_MAX_TEAM * sizeof *tracks);
    if (!p) {
        sm_warn("SM_TRACE: cannot map the trace buffers; no trace");
        return 0;
    }
    tracks = p;
    strcpy(trace_path, path);
    trace_origin = sm_obs_now_ns();
    return 1;
}

void sm_trace_event(int worker, int kind, const __sm_loc *loc, uint64_t start, uint64_t end,
                    uint64_t a, uint64_t b) {
    struct track *t = &tracks[worker];
    if (t->count == EVENTS_PER_WORKER) {
        t->dropped++;
        return;
    }
    t->ev[t->count++] = (struct event){start, end, loc, a, b, (uint32_t)kind};
}

static const char *const kind_names[] = {"region", "loop",    "chunk",    "fork",
                                         "join",   "barrier", "critical", "ordered"};

static void put_escaped(FILE *f, const char *s) {
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
}

static void put_string(FILE *f, const char *s) {
    fputc('"', f);
    put_escaped(f, s);
    fputc('"', f);
}

static double us(uint64_t ns) {
    return (double)(ns - trace_origin) / 1e3;
}

static const char *event_name(const struct event *e) {
    if ((e->kind == SM_EV_REGION || e->kind == SM_EV_LOOP) && e->loc && e->loc->construct)
        return e->loc->construct;
    return kind_names[e->kind];
}

static const char *event_category(const struct event *e) {
    return e->kind >= SM_EV_WAIT ? "wait" : kind_names[e->kind];
}

static void put_event(FILE *f, int pid, int worker, const struct event *e) {
    fprintf(f, ",\n{\"name\":");
    put_string(f, event_name(e));
    fprintf(f, ",\"cat\":\"%s\",\"ph\":\"X\",\"pid\":%d,\"tid\":%d,\"ts\":%.3f,\"dur\":%.3f",
            event_category(e), pid, worker, us(e->start), (double)(e->end - e->start) / 1e3);
    fprintf(f, ",\"args\":{\"loc\":\"");
    put_escaped(f, e->loc ? e->loc->file : "?");
    fprintf(f, ":%d\"", e->loc ? e->loc->line : 0);
    if (e->kind == SM_EV_CHUNK)
        fprintf(f, ",\"first\":%llu,\"end\":%llu", (unsigned long long)e->a,
                (unsigned long long)e->b);
    fprintf(f, "}}");
}

static void put_track_name(FILE *f, int pid, int worker) {
    fprintf(f,
            ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":%d,\"tid\":%d,"
            "\"args\":{\"name\":\"worker %d%s\"}}",
            pid, worker, worker, worker ? "" : " (master)");
}

static void put_tracks(FILE *f, int pid) {
    for (int w = 0; w < SM_MAX_TEAM; w++) {
        const struct track *t = &tracks[w];
        if (!t->count)
            continue;
        put_track_name(f, pid, w);
        for (uint32_t i = 0; i < t->count; i++)
            put_event(f, pid, w, &t->ev[i]);
        if (t->dropped)
            sm_warn("SM_TRACE: worker %d's buffer was full; %u events dropped", w, t->dropped);
    }
}

void sm_trace_write(void) {
    FILE *f = fopen(trace_path, "w");
    if (!f) {
        sm_warn("SM_TRACE: cannot write %s: %s", trace_path, strerror(errno));
        return;
    }
    int pid = (int)getpid();
    fprintf(f, "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
    fprintf(f,
            "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":%d,\"tid\":0,"
            "\"args\":{\"name\":\"sharedmem\"}}",
            pid);
    put_tracks(f, pid);
    fprintf(f, "\n]}\n");
    if (fclose(f) != 0)
        sm_warn("SM_TRACE: cannot write %s: %s", trace_path, strerror(errno));
}
