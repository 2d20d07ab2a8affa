/*
 * heap.c - the process-shared heap: reservation and the malloc family.
 *
 * Blocks up to SM_HEAP_SMALL_MAX come from the calling thread's arena
 * (heap_small.c), larger ones are runs of whole chunks (heap_large.c over the
 * page allocator of heap_chunks.c).
 * Pointers outside the reservation belong to libc and are handed back to it.
 */
#include <ctype.h>
#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "heap.h"

#define HEAP_MAGIC 0x70616568736d7300ull /* "\0smsheap" */
#define HEAP_DEFAULT_BYTES ((size_t)1 << 40)
#define HEAP_MIN_BYTES ((size_t)64 << 20)
#define HEAP_MAX_BYTES ((size_t)1 << 46) /* chunk numbers fit in 32 bits */

struct sm_heap *sm_heap;
char *sm_heap_end;

/* SM_HEAP_SIZE: bytes, or a number with a K, M, G or T suffix. */
static size_t wanted_bytes(void) {
    const char *env = getenv("SM_HEAP_SIZE");
    if (!env || !*env)
        return HEAP_DEFAULT_BYTES;
    char *end;
    unsigned long long n = strtoull(env, &end, 10);
    const char *units = "KMGT";
    const char *unit = *end ? strchr(units, toupper((unsigned char)*end)) : NULL;
    int shift = unit ? 10 * (int)(unit - units + 1) : 0;
    if (n > HEAP_MAX_BYTES >> shift)
        return HEAP_MAX_BYTES;
    n <<= shift;
    return n < HEAP_MIN_BYTES ? HEAP_MIN_BYTES : (size_t)n;
}

#define HUGE_PAGE ((size_t)2 << 20)
_Static_assert(HUGE_PAGE % SM_HEAP_CHUNK == 0, "a huge page boundary must be a chunk boundary");

/* A shared reservation aligned for huge pages, as large as the system
 * grants.  It asks for them: where the kernel's shmem_enabled setting lets
 * it, a worker's first touch of a heap page then maps 2 MiB, not 4 KiB. */
static char *reserve(size_t *bytes) {
    for (size_t size = wanted_bytes(); size >= HEAP_MIN_BYTES; size /= 2) {
        size_t slop = HUGE_PAGE;
        char *p = mmap(NULL, size + slop, PROT_READ | PROT_WRITE,
                       MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED)
            continue;
        char *start = (char *)(((uintptr_t)p + slop - 1) & ~(uintptr_t)(slop - 1));
        if (start > p)
            munmap(p, (size_t)(start - p));
        munmap(start + size, (size_t)(p + slop - start));
        madvise(start, size, MADV_HUGEPAGE);
        *bytes = size;
        return start;
    }
    return NULL;
}

int sm_heap_init(void) {
    if (sm_heap)
        return 0;
    size_t bytes;
    struct sm_heap *h = (struct sm_heap *)reserve(&bytes);
    if (!h)
        return -1;
    uint32_t nchunk = (uint32_t)(bytes >> SM_HEAP_CHUNK_SHIFT);
    size_t meta = sizeof *h + (size_t)nchunk * sizeof h->chunks[0];
    h->bytes = bytes;
    h->nchunk = nchunk;
    h->first = (uint32_t)((meta + SM_HEAP_CHUNK - 1) >> SM_HEAP_CHUNK_SHIFT);
    h->top = h->first;
    h->thread_arena_next = SM_HEAP_WORKER_ARENAS;
    h->chunks[0].kind = SM_CHUNK_META;
    h->chunks[0].n = h->first;
    h->magic = HEAP_MAGIC;
    sm_heap_end = (char *)h + bytes;
    sm_heap = h;
    sm_heap_use_arena(0);
    return 0;
}

/* Before main, hence before the first fork. */
__attribute__((constructor(101))) static void heap_constructor(void) {
    sm_heap_init();
}

struct sm_arena *__sm_heap_worker_arena(int worker_id) {
    if (worker_id < 0 || worker_id >= SM_HEAP_WORKER_ARENAS) {
        fprintf(stderr, "sharedmem: worker %d: the shared heap has arenas for %d workers\n",
                worker_id, SM_HEAP_WORKER_ARENAS);
        abort();
    }
    return sm_heap ? &sm_heap->arenas[worker_id] : NULL;
}

void __sm_heap_set_arena(int worker_id) {
    struct sm_arena *arena = __sm_heap_worker_arena(worker_id);
    if (arena)
        __sm_heap_adopt_arena(arena, worker_id);
}

static void *out_of_memory(void) {
    errno = ENOMEM;
    return NULL;
}

/* The caller has an arena. */
static void *large_alloc(size_t size, size_t align, int *dirty) {
    if (size > sm_heap->bytes)
        return out_of_memory();
    uint32_t n = (uint32_t)((size + SM_HEAP_CHUNK - 1) >> SM_HEAP_CHUNK_SHIFT);
    uint32_t head = sm_large_alloc(sm_my_arena, n ? n : 1, align, dirty);
    return head ? sm_heap_chunk_addr(head) : out_of_memory();
}

static struct sm_arena *first_arena(void) {
    return sm_heap_thread_init() == 0 ? sm_my_arena : NULL;
}

/* The calling thread's arena, made on first use; NULL if that fails. */
static inline struct sm_arena *current_arena(void) {
    struct sm_arena *arena = sm_my_arena;
    return __builtin_expect(arena != NULL, 1) ? arena : first_arena();
}

void *sm_malloc(size_t size) {
    struct sm_arena *arena = current_arena();
    if (!arena)
        return out_of_memory();
    if (size > SM_HEAP_SMALL_MAX) {
        int dirty;
        return large_alloc(size, 0, &dirty);
    }
    void *p = sm_small_alloc(arena, sm_class_of(size));
    return p ? p : out_of_memory();
}

static const struct sm_chunk *chunk_of(const void *p) {
    return &sm_heap->chunks[sm_heap_chunk_of(p)];
}

static int is_large_block(const struct sm_chunk *c, const void *p) {
    return c->kind == SM_CHUNK_LARGE && c->head == sm_heap_chunk_of(p) && !c->cls;
}

static _Noreturn void bad_pointer(const char *fn, const void *p) {
    fprintf(stderr, "sharedmem: %s(%p): not a block of the shared heap\n", fn, p);
    abort();
}

/* The chunk of p, a shared-heap pointer that fn was given: p must be a
 * block's start, else the program stops. */
static const struct sm_chunk *block_chunk(const char *fn, const void *p) {
    const struct sm_chunk *c = chunk_of(p);
    if (c->kind != SM_CHUNK_SMALL && !is_large_block(c, p))
        bad_pointer(fn, p);
    return c;
}

void sm_free(void *p) {
    if (!p)
        return;
    if (!sm_heap || !sm_heap_contains(p)) {
        free(p);
        return;
    }
    const struct sm_chunk *c = chunk_of(p);
    if (c->kind == SM_CHUNK_SMALL)
        sm_small_free(p, c);
    else if (is_large_block(c, p))
        sm_large_free(sm_my_arena, c->head);
    else
        bad_pointer("sm_free", p);
}

void *sm_calloc(size_t n, size_t size) {
    size_t bytes;
    if (__builtin_mul_overflow(n, size, &bytes))
        return out_of_memory();
    if (bytes <= SM_HEAP_SMALL_MAX) {
        void *p = sm_malloc(bytes);
        if (p)
            memset(p, 0, bytes);
        return p;
    }
    if (!current_arena())
        return out_of_memory();
    int dirty;
    void *p = large_alloc(bytes, 0, &dirty);
    /* Fresh or released pages read as zeros: only a cached block is cleared. */
    if (p && dirty)
        memset(p, 0, bytes);
    return p;
}

static size_t usable_size(const struct sm_chunk *c) {
    if (c->kind == SM_CHUNK_SMALL)
        return sm_class_size[c->cls];
    return (size_t)c->n << SM_HEAP_CHUNK_SHIFT;
}

/* Whether p can stay where it is with its new size. */
static int resize_in_place(void *p, const struct sm_chunk *c, size_t size) {
    if (c->kind == SM_CHUNK_SMALL) {
        size_t old = sm_class_size[c->cls];
        return size <= old && size >= old / 2;
    }
    if (size <= SM_HEAP_SMALL_MAX || size > sm_heap->bytes)
        return 0;
    uint32_t n = (uint32_t)((size + SM_HEAP_CHUNK - 1) >> SM_HEAP_CHUNK_SHIFT);
    return sm_chunks_resize(sm_heap_chunk_of(p), n);
}

void *sm_realloc(void *p, size_t size) {
    if (!p)
        return sm_malloc(size);
    if (!sm_heap || !sm_heap_contains(p))
        return realloc(p, size);
    if (size == 0) {
        sm_free(p);
        return NULL;
    }
    const struct sm_chunk *c = block_chunk("sm_realloc", p);
    if (resize_in_place(p, c, size))
        return p;
    void *q = sm_malloc(size);
    if (!q)
        return NULL;
    size_t old = usable_size(c);
    memcpy(q, p, old < size ? old : size);
    sm_free(p);
    return q;
}

void *sm_reallocarray(void *p, size_t n, size_t size) {
    size_t bytes;
    if (__builtin_mul_overflow(n, size, &bytes))
        return out_of_memory();
    return sm_realloc(p, bytes);
}

size_t sm_malloc_usable_size(void *p) {
    if (!p)
        return 0;
    if (!sm_heap || !sm_heap_contains(p))
        return malloc_usable_size(p);
    return usable_size(block_chunk("sm_malloc_usable_size", p));
}

static void *aligned_alloc_pow2(size_t align, size_t size) {
    if (align <= SM_HEAP_ALIGN)
        return sm_malloc(size);
    struct sm_arena *arena = current_arena();
    if (!arena)
        return out_of_memory();
    /* Blocks of a power-of-two class are aligned to their size: spans start
     * on chunk boundaries. */
    size_t need = size > align ? size : align;
    if (need <= SM_HEAP_SMALL_MAX) {
        size_t pow2 = (size_t)1 << (64 - __builtin_clzll(need - 1));
        void *p = sm_small_alloc(arena, sm_class_of(pow2));
        return p ? p : out_of_memory();
    }
    if (align > sm_heap->bytes)
        return out_of_memory();
    int dirty;
    return large_alloc(size, align, &dirty);
}

static int is_pow2(size_t n) {
    return n && !(n & (n - 1));
}

int sm_posix_memalign(void **out, size_t align, size_t size) {
    if (!is_pow2(align) || align < sizeof(void *))
        return EINVAL;
    int saved = errno;
    void *p = aligned_alloc_pow2(align, size);
    errno = saved;
    if (!p)
        return ENOMEM;
    *out = p;
    return 0;
}

void *sm_aligned_alloc(size_t align, size_t size) {
    if (!is_pow2(align)) {
        errno = EINVAL;
        return NULL;
    }
    return aligned_alloc_pow2(align, size);
}

void *sm_empty(size_t n, size_t size) {
    size_t bytes;
    if (__builtin_mul_overflow(n, size, &bytes))
        return out_of_memory();
    return sm_malloc(bytes);
}

void *sm_zeros(size_t n, size_t size) {
    return sm_calloc(n, size);
}

void *sm_copy(const void *ptr, size_t bytes) {
    void *p = sm_malloc(bytes);
    if (p && bytes)
        memcpy(p, ptr, bytes);
    return p;
}

/* For smpp's code on volatile variables: byte by byte through volatile
 * pointers, as the qualifier asks. */
void __sm_copy_volatile(volatile void *dst, const volatile void *src, size_t bytes) {
    volatile unsigned char *d = dst;
    const volatile unsigned char *s = src;
    while (bytes--)
        *d++ = *s++;
}

void *__sm_share(void *ptr, size_t bytes) {
    return sm_copy(ptr, bytes);
}

void *__sm_share_volatile(volatile void *ptr, size_t bytes) {
    void *p = sm_malloc(bytes);
    if (p)
        __sm_copy_volatile(p, ptr, bytes);
    return p;
}

int sm_is_shared(const void *ptr) {
    return sm_heap && sm_heap_contains(ptr);
}
