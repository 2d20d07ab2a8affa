/*
 * heap.h - the process-shared heap, internal to libsharedmem.
 *
 * One MAP_SHARED reservation, made before the first fork, holds the heap
 * header, the arenas (one per worker, and one per further thread that
 * allocates), a table describing every chunk, and the chunks themselves.  Every piece of allocator
 * state lives in the reservation, so all processes of the program see and update the same heap.
 * Pointers inside it are valid in every process: the reservation has the same address everywhere.
 */
#ifndef SM_HEAP_H
#define SM_HEAP_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#define SM_HEAP_CHUNK_SHIFT 16 /* 64 KiB chunks: unit of the page allocator */
#define SM_HEAP_CHUNK ((size_t)1 << SM_HEAP_CHUNK_SHIFT)
#define SM_HEAP_SMALL_MAX 32768 /* larger blocks are runs of whole chunks */
#define SM_HEAP_CLASSES 40
#define SM_HEAP_WORKER_ARENAS 2048 /* arena k is worker k's ... */
#define SM_HEAP_ARENAS 4096        /* ... the rest go to further threads */
#define SM_HEAP_ALIGN 16
/* Freed large blocks an arena keeps for reuse, without releasing their
 * pages: at most SM_HEAP_CACHE_SLOTS of them, SM_HEAP_CACHE_CHUNKS chunks in
 * all, each of at most SM_HEAP_CACHE_MAX chunks. */
#define SM_HEAP_CACHE_SLOTS 8
#define SM_HEAP_CACHE_CHUNKS 256 /* 16 MiB */
#define SM_HEAP_CACHE_MAX 128    /* 8 MiB */

enum sm_chunk_kind {
    SM_CHUNK_UNUSED, /* beyond the top: never allocated */
    SM_CHUNK_META,   /* header, arenas and chunk table */
    SM_CHUNK_FREE,   /* a free run, pages released */
    SM_CHUNK_SMALL,  /* part of a span of small blocks */
    SM_CHUNK_LARGE,  /* part of a large block */
};

/* One per chunk.  The first and last chunk of every run (free, span or large
 * block) carry kind, head and n; every chunk of a span also carries kind, cls
 * and arena, since a small block may sit in any of them. */
struct sm_chunk {
    uint8_t kind;
    uint8_t cls; /* size class in a span; 1 for a large block in a cache */
    uint16_t arena;
    uint32_t head; /* first chunk of the run */
    uint32_t n;    /* chunks in the run (valid in the head) */
    uint32_t prev; /* free-run list links (valid in a free head) */
    uint32_t next;
};

/* Size-class state that only the arena's owner touches. */
struct sm_class {
    void *free;  /* singly linked through the first word of each block */
    char *bump;  /* never-used blocks of the current span ... */
    char *limit; /* ... end here */
};

struct sm_arena {
    struct sm_class cls[SM_HEAP_CLASSES];
    uint32_t cached[SM_HEAP_CACHE_SLOTS]; /* first chunks; 0 for an empty slot */
    uint32_t cached_chunks;
    uint32_t cache_next; /* slot to reuse next */
    /* Blocks freed by other threads or processes: pushed atomically by
     * anyone, taken whole by the owner.  Apart from the owner's lines to
     * avoid false sharing. */
    _Atomic(void *) remote[SM_HEAP_CLASSES] __attribute__((aligned(64)));
} __attribute__((aligned(64)));

struct sm_heap {
    uint64_t magic;
    size_t bytes;                                       /* of the reservation */
    uint32_t nchunk;                                    /* chunks in the reservation */
    uint32_t first;                                     /* first chunk after the metadata */
    _Atomic uint32_t lock __attribute__((aligned(64))); /* pid of holder; 0 free */
    _Atomic uint32_t lock_waiters;
    uint32_t top;       /* chunks at and above top were never allocated */
    uint32_t free_head; /* list of free runs; 0 when empty */
    /* Arenas of threads other than a process's first, under the lock. */
    uint32_t thread_arena_next;
    uint32_t thread_arenas_free;
    uint16_t thread_arena_free[SM_HEAP_ARENAS - SM_HEAP_WORKER_ARENAS];
    struct sm_arena arenas[SM_HEAP_ARENAS];
    struct sm_chunk chunks[]; /* nchunk entries */
};

/* Set once in the process that makes the reservation, inherited by forks. */
extern struct sm_heap *sm_heap;
extern char *sm_heap_end;

static inline int sm_heap_contains(const void *p) {
    return (const char *)p >= (const char *)sm_heap && (const char *)p < sm_heap_end;
}

static inline uint32_t sm_heap_chunk_of(const void *p) {
    return (uint32_t)(((uintptr_t)p - (uintptr_t)sm_heap) >> SM_HEAP_CHUNK_SHIFT);
}

static inline char *sm_heap_chunk_addr(uint32_t chunk) {
    return (char *)sm_heap + ((size_t)chunk << SM_HEAP_CHUNK_SHIFT);
}

/* heap.c */
int sm_heap_init(void);

/* The calling thread's arena; NULL until the thread first allocates. */
extern _Thread_local struct sm_arena *sm_my_arena __attribute__((tls_model("initial-exec")));
extern _Thread_local unsigned sm_my_arena_id __attribute__((tls_model("initial-exec")));

/* heap_threads.c: gives the calling thread an arena; 0 on success. */
int sm_heap_thread_init(void);

/* heap_chunks.c: the page allocator, under the heap lock.  Runs of fresh or
 * freed chunks read as zeros. */
uint32_t sm_chunks_alloc(uint32_t n, size_t align, enum sm_chunk_kind kind);
void sm_chunks_free(uint32_t head);
int sm_chunks_resize(uint32_t head, uint32_t n);
void sm_heap_lock(void);
void sm_heap_unlock(void);

/* heap_large.c: large blocks, with a small per-arena cache of freed ones.
 * *dirty is set when the block may hold old data. */
uint32_t sm_large_alloc(struct sm_arena *arena, uint32_t n, size_t align, int *dirty);
void sm_large_free(struct sm_arena *arena, uint32_t head);

/* heap_small.c: size classes and arenas. */
extern const uint32_t sm_class_size[SM_HEAP_CLASSES];
static inline unsigned sm_class_of(size_t size) {
    if (size <= 128)
        return size ? (unsigned)((size + 15) >> 4) - 1 : 0;
    size_t s = size - 1;
    unsigned k = 63 - (unsigned)__builtin_clzll(s);
    return 8 + (k - 7) * 4 + (unsigned)((s >> (k - 2)) & 3);
}
void *sm_small_refill(struct sm_arena *arena, unsigned cls);
void sm_small_free_remote(void *p, const struct sm_chunk *chunk);
void sm_heap_use_arena(unsigned id);

/* The fast paths, inlined into the malloc family. */
static inline void *sm_small_alloc(struct sm_arena *arena, unsigned cls) {
    struct sm_class *c = &arena->cls[cls];
    void *p = c->free;
    if (__builtin_expect(p == NULL, 0))
        return sm_small_refill(arena, cls);
    c->free = *(void **)p;
    return p;
}

static inline void sm_small_free(void *p, const struct sm_chunk *chunk) {
    if (__builtin_expect(chunk->arena != sm_my_arena_id, 0)) {
        sm_small_free_remote(p, chunk);
        return;
    }
    struct sm_class *c = &sm_my_arena->cls[chunk->cls];
    *(void **)p = c->free;
    c->free = p;
}

/* For the team code.  The master looks up worker_id's arena before forking
 * it (NULL without a heap), and the new worker adopts it: the worker then
 * touches no page of the heap's code or data.  __sm_heap_set_arena does
 * both in the calling process. */
struct sm_arena *__sm_heap_worker_arena(int worker_id);
void __sm_heap_adopt_arena(struct sm_arena *arena, int worker_id);
void __sm_heap_set_arena(int worker_id);

#endif /* SM_HEAP_H */
