/*
 * critical.c - one futex mutex per critical name, across all processes.
 *
 * Names are matched by content (a name from another translation unit is a
 * different pointer), hashed into lock slots of the team block.  A slot,
 * once named, keeps its name for the life of the program, so each process
 * caches name pointer -> slot.  Outside every forked region there is no
 * one to exclude and critical costs nothing.
 */
#include "internal.h"
#include "observe.h"
#include "os.h"

#include <string.h>

#define CACHE_SIZE 8

struct cache_entry {
    const char *name;
    struct sm_crit_slot *slot;
};
static struct cache_entry cache[CACHE_SIZE];
static unsigned cache_next;

static uint32_t hash_name(const char *s) {
    uint32_t h = 2166136261u; /* FNV-1a */
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

static int slot_matches(struct sm_crit_slot *slot, const char *name, uint32_t hash) {
    while (atomic_load_explicit(&slot->state, memory_order_acquire) == 1)
        sm_cpu_relax();
    return slot->hash == hash && strncmp(slot->name, name, SM_CRIT_NAME_MAX - 1) == 0;
}

static struct sm_crit_slot *find_slot(const char *name) {
    uint32_t hash = hash_name(name);
    for (int probe = 0; probe < SM_CRIT_SLOTS; probe++) {
        struct sm_crit_slot *slot = &sm_rt.team->crit[(hash + probe) % SM_CRIT_SLOTS];
        uint32_t free_state = 0;
        if (atomic_compare_exchange_strong(&slot->state, &free_state, 1)) {
            slot->hash = hash;
            strncpy(slot->name, name, SM_CRIT_NAME_MAX - 1);
            atomic_store_explicit(&slot->state, 2, memory_order_release);
            return slot;
        }
        if (slot_matches(slot, name, hash))
            return slot;
    }
    sm_fatal("more than %d distinct critical names", SM_CRIT_SLOTS);
}

/* Out of line: the cache hit below is every critical section's path. */
__attribute__((noinline)) static struct sm_crit_slot *lookup_and_remember(const char *name) {
    struct sm_crit_slot *slot = find_slot(name);
    cache[cache_next % CACHE_SIZE] = (struct cache_entry){name, slot};
    cache_next++;
    return slot;
}

static struct sm_crit_slot *lookup(const char *name) {
    if (!name)
        name = "";
    for (int i = 0; i < CACHE_SIZE; i++)
        if (cache[i].name == name)
            return cache[i].slot;
    return lookup_and_remember(name);
}

/* Drepper's mutex: 0 free, 1 locked, 2 locked with possible sleepers.
 * The spin only reads the word until it sees the lock free: a compare-and-
 * swap on a held lock would take its cache line away from the holder. */
static void mutex_lock(_Atomic uint32_t *m) {
    uint32_t c = 0;
    if (atomic_compare_exchange_strong(m, &c, 1))
        return;
    int spins = sm_spin_limit();
    for (int i = 0; i < spins; i++) {
        sm_cpu_relax();
        if (atomic_load_explicit(m, memory_order_relaxed) != 0)
            continue;
        c = 0;
        if (atomic_compare_exchange_strong(m, &c, 1))
            return;
    }
    c = atomic_exchange(m, 2);
    while (c != 0) {
        if (atomic_load(&sm_rt.team->broken))
            sm_team_broken();
        sm_sleep(m, 2);
        if (atomic_load(&sm_rt.team->broken))
            sm_team_broken();
        c = atomic_exchange(m, 2);
    }
}

static void mutex_unlock(_Atomic uint32_t *m) {
    if (atomic_fetch_sub(m, 1) != 1) {
        atomic_store(m, 0);
        sm_futex_wake(m, 1);
    }
}

/* sm_map's workers count as forked but have no team block unless a
 * region (or sm_team_get) mapped one before they were forked. */
static int exclusion_needed(void) {
    return sm_rt.forked_level > 0 && sm_rt.team;
}

void __sm_critical_begin(const char *name, const __sm_loc *loc) {
    if (!exclusion_needed())
        return;
    atomic_store_explicit(&sm_rt.team->workers[sm_rt.self].loc, loc, memory_order_relaxed);
    struct sm_crit_slot *slot = lookup(name);
    SM_OBS(sm_obs_wait_begin());
    mutex_lock(&slot->lock);
    SM_OBS(sm_obs_wait_end(SM_WAIT_CRITICAL));
}

void __sm_critical_end(const char *name) {
    if (!exclusion_needed())
        return;
    mutex_unlock(&lookup(name)->lock);
}

void sm_critical_release_all(void) {
    for (int i = 0; i < SM_CRIT_SLOTS; i++)
        atomic_store(&sm_rt.team->crit[i].lock, 0);
}
