/*
 * env.c - settings from the environment, read once per process.
 *
 * Team size: SM_NUM_WORKERS, then OMP_NUM_THREADS (first entry of a list),
 * then the CPUs of the affinity mask.  schedule(runtime): SM_SCHEDULE, then
 * OMP_SCHEDULE, then static.  SM_DEBUG=1: every region runs in the master.
 * A value that does not parse is reported once and skipped.
 */
#include "internal.h"
#include "os.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct sm_env sm_env;
int sm_user_num_workers;
int sm_user_debug = -1;

static int parse_int(const char *s, size_t len, long *out) {
    char buf[32];
    while (len > 0 && isspace((unsigned char)*s))
        s++, len--;
    while (len > 0 && isspace((unsigned char)s[len - 1]))
        len--;
    if (len == 0 || len >= sizeof buf)
        return 0;
    memcpy(buf, s, len);
    buf[len] = '\0';
    char *end;
    errno = 0;
    *out = strtol(buf, &end, 10);
    return errno == 0 && *end == '\0';
}

/* OMP_NUM_THREADS may be a list of per-level sizes; only the first counts. */
static int env_positive(const char *name, int list_ok) {
    const char *s = getenv(name);
    if (!s)
        return 0;
    size_t len = list_ok ? strcspn(s, ",") : strlen(s);
    long v;
    if (parse_int(s, len, &v) && v > 0 && v <= 1000000)
        return (int)v;
    sm_warn("ignoring %s='%s' (not a positive integer)", name, s);
    return 0;
}

static const struct {
    const char *name;
    int sched;
} sched_names[] = {
    {"static", SM_SCHED_STATIC},
    {"dynamic", SM_SCHED_DYNAMIC},
    {"guided", SM_SCHED_GUIDED},
    {"auto", SM_SCHED_AUTO},
};

static int parse_kind(const char *s, size_t len) {
    while (len > 0 && isspace((unsigned char)*s))
        s++, len--;
    while (len > 0 && isspace((unsigned char)s[len - 1]))
        len--;
    for (size_t i = 0; i < sizeof sched_names / sizeof sched_names[0]; i++)
        if (strlen(sched_names[i].name) == len && strncasecmp(s, sched_names[i].name, len) == 0)
            return sched_names[i].sched;
    return 0;
}

/* "[monotonic:|nonmonotonic:]kind[,chunk]" */
static int parse_schedule(const char *s, int *sched, int64_t *chunk) {
    const char *colon = strchr(s, ':');
    if (colon)
        s = colon + 1;
    size_t kind_len = strcspn(s, ",");
    *sched = parse_kind(s, kind_len);
    *chunk = 0;
    if (!*sched)
        return 0;
    if (s[kind_len] == '\0')
        return 1;
    long v;
    const char *c = s + kind_len + 1;
    if (!parse_int(c, strlen(c), &v) || v <= 0)
        return 0;
    *chunk = v;
    return 1;
}

static int env_schedule(const char *name) {
    const char *s = getenv(name);
    if (!s)
        return 0;
    if (parse_schedule(s, &sm_env.sched, &sm_env.chunk))
        return 1;
    sm_warn("ignoring %s='%s' (expected kind[,chunk]: static, dynamic, guided or auto)", name, s);
    return 0;
}

static int env_debug(void) {
    const char *s = getenv("SM_DEBUG");
    long v;
    if (!s || !*s)
        return 0;
    if (parse_int(s, strlen(s), &v) && v >= 0)
        return v > 0;
    sm_warn("ignoring SM_DEBUG='%s' (expected 0 or 1)", s);
    return 0;
}

void sm_env_init(void) {
    static int done;
    if (done)
        return;
    done = 1;
    sm_env.num_workers = env_positive("SM_NUM_WORKERS", 0);
    if (!sm_env.num_workers)
        sm_env.num_workers = env_positive("OMP_NUM_THREADS", 1);
    if (!env_schedule("SM_SCHEDULE") && !env_schedule("OMP_SCHEDULE")) {
        sm_env.sched = SM_SCHED_STATIC;
        sm_env.chunk = 0;
    }
    sm_env.debug = env_debug();
    sm_env.ncpus = sm_cpu_count();
}

int sm_clamp_team_size(int n) {
    static int warned;
    if (n <= SM_MAX_TEAM)
        return n;
    if (!warned)
        sm_warn("team size %d clamped to %d", n, SM_MAX_TEAM);
    warned = 1;
    return SM_MAX_TEAM;
}

int sm_default_team_size(void) {
    sm_env_init();
    if (sm_user_num_workers > 0)
        return sm_clamp_team_size(sm_user_num_workers);
    if (sm_env.num_workers > 0)
        return sm_clamp_team_size(sm_env.num_workers);
    return sm_clamp_team_size(sm_env.ncpus);
}

int sm_debug_mode(void) {
    sm_env_init();
    return sm_user_debug >= 0 ? sm_user_debug : sm_env.debug;
}
