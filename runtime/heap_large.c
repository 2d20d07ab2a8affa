/*
 * heap_large.c - large blocks: runs of whole chunks.
 *
 * Returning a run to the page allocator costs a lock, an madvise and, when
 * the memory is used again, a page fault per page.  So each arena keeps a
 * few freed runs of up to 8 MiB (16 MiB in all) with their pages, and
 * reuses them for its next large blocks of about the same size.  A run in a
 * cache stays tagged as a large block, with cls = 1 to tell it from a live
 * one.  Like a small block, a freed run goes into the freeing thread's arena,
 * whoever allocated it.
 */
#include "heap.h"

static void uncache(struct sm_arena *arena, unsigned slot) {
    uint32_t head = arena->cached[slot];
    arena->cached[slot] = 0;
    arena->cached_chunks -= sm_heap->chunks[head].n;
    sm_heap->chunks[head].cls = 0;
}

static void release_slot(struct sm_arena *arena, unsigned slot) {
    uint32_t head = arena->cached[slot];
    uncache(arena, slot);
    sm_chunks_free(head);
}

/* A cached run of n to 2n chunks. */
static uint32_t from_cache(struct sm_arena *arena, uint32_t n) {
    for (unsigned slot = 0; slot < SM_HEAP_CACHE_SLOTS; slot++) {
        uint32_t head = arena->cached[slot];
        if (head && sm_heap->chunks[head].n >= n && sm_heap->chunks[head].n <= 2 * n) {
            uncache(arena, slot);
            return head;
        }
    }
    return 0;
}

uint32_t sm_large_alloc(struct sm_arena *arena, uint32_t n, size_t align, int *dirty) {
    if (align <= SM_HEAP_CHUNK && n <= SM_HEAP_CACHE_MAX) {
        uint32_t head = from_cache(arena, n);
        if (head) {
            *dirty = 1;
            return head;
        }
    }
    *dirty = 0;
    return sm_chunks_alloc(n, align, SM_CHUNK_LARGE);
}

void sm_large_free(struct sm_arena *arena, uint32_t head) {
    uint32_t n = sm_heap->chunks[head].n;
    if (!arena || n > SM_HEAP_CACHE_MAX) {
        sm_chunks_free(head);
        return;
    }
    unsigned slot = arena->cache_next;
    arena->cache_next = (slot + 1) % SM_HEAP_CACHE_SLOTS;
    if (arena->cached[slot])
        release_slot(arena, slot);
    for (unsigned s = 0; arena->cached_chunks + n > SM_HEAP_CACHE_CHUNKS; s++)
        if (arena->cached[s])
            release_slot(arena, s);
    arena->cached[slot] = head;
    arena->cached_chunks += n;
    sm_heap->chunks[head].cls = 1;
}
