/*
 * heap_small.c - size classes and per-worker arenas of the shared heap.
 *
 * Worker k allocates from arena k only (other threads of a process from
 * arenas of their own), so the fast paths take no lock: an arena's free
 * lists are touched by its owner alone.  A block freed by
 * another process goes onto the owning arena's remote list for its class
 * (an atomic push); the owner takes the whole list when its own free list
 * runs dry.  Only pushes race with the take-all exchange, so there is no ABA.
 *
 * A span is a run of chunks cut into blocks of one class; blocks are handed
 * out from never-used memory (bump) before the span is full, so untouched
 * pages of a span cost nothing.
 */
#include "heap.h"
#include "os.h"

#define KIB(n) ((n)*1024u)

const uint32_t sm_class_size[SM_HEAP_CLASSES] = {
    16,   32,     48,      64,      80,      96,      112,     128,     160,     192,
    224,  256,    320,     384,     448,     512,     640,     768,     896,     KIB(1),
    1280, 1536,   1792,    KIB(2),  2560,    3072,    3584,    KIB(4),  5120,    6144,
    7168, KIB(8), KIB(10), KIB(12), KIB(14), KIB(16), KIB(20), KIB(24), KIB(28), KIB(32),
};

/* Private to each thread: a process's first thread has the arena of its
 * worker id, set by the team code; other threads get one of their own. */
_Thread_local struct sm_arena *sm_my_arena;
_Thread_local unsigned sm_my_arena_id = ~0u; /* none: all frees are remote */

void sm_heap_use_arena(unsigned id) {
    __sm_heap_adopt_arena(&sm_heap->arenas[id], (int)id);
}

/* Only the thread's own variables: in a new worker they share a page with
 * the thread's id, which the fork writes anyway. */
SM_WORKER_CODE void __sm_heap_adopt_arena(struct sm_arena *arena, int worker_id) {
    sm_my_arena = arena;
    sm_my_arena_id = (unsigned)worker_id;
}

/* At least 8 blocks per span. */
static uint32_t span_chunks(unsigned cls) {
    size_t bytes = 8 * (size_t)sm_class_size[cls];
    return (uint32_t)((bytes + SM_HEAP_CHUNK - 1) >> SM_HEAP_CHUNK_SHIFT);
}

static int new_span(struct sm_class *c, unsigned cls) {
    uint32_t n = span_chunks(cls);
    uint32_t head = sm_chunks_alloc(n, 0, SM_CHUNK_SMALL);
    if (!head)
        return 0;
    for (uint32_t i = 0; i < n; i++) {
        sm_heap->chunks[head + i].kind = SM_CHUNK_SMALL;
        sm_heap->chunks[head + i].cls = (uint8_t)cls;
        sm_heap->chunks[head + i].arena = (uint16_t)sm_my_arena_id;
    }
    size_t size = sm_class_size[cls];
    size_t blocks = ((size_t)n << SM_HEAP_CHUNK_SHIFT) / size;
    c->bump = sm_heap_chunk_addr(head);
    c->limit = c->bump + blocks * size;
    return 1;
}

void *sm_small_refill(struct sm_arena *arena, unsigned cls) {
    struct sm_class *c = &arena->cls[cls];
    _Atomic(void *) *remote = &arena->remote[cls];
    if (atomic_load_explicit(remote, memory_order_relaxed)) {
        void *p = atomic_exchange_explicit(remote, NULL, memory_order_acquire);
        c->free = *(void **)p;
        return p;
    }
    if (c->bump == c->limit && !new_span(c, cls))
        return NULL;
    void *p = c->bump;
    c->bump += sm_class_size[cls];
    return p;
}

void sm_small_free_remote(void *p, const struct sm_chunk *chunk) {
    _Atomic(void *) *list = &sm_heap->arenas[chunk->arena].remote[chunk->cls];
    void *head = atomic_load_explicit(list, memory_order_relaxed);
    do
        *(void **)p = head;
    while (!atomic_compare_exchange_weak_explicit(list, &head, p, memory_order_release,
                                                  memory_order_relaxed));
}
