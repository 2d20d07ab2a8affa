/*
 * heap_chunks.c - the page allocator of the shared heap.
 *
 * The data area is tiled, from the end of the metadata up to the top, by
 * runs of chunks: spans of small blocks, large blocks and free runs.  The
 * first and last chunk of each run are tagged, so a run being freed finds
 * free neighbours in O(1) and merges with them (boundary tags).  Free runs
 * are kept on one doubly linked list, searched first fit.  A free run's
 * pages are released with MADV_REMOVE (MADV_DONTNEED keeps shmem pages), so
 * free runs cost no memory and read as zeros.
 *
 * One lock guards all of it.  It holds the holder's pid, so a waiter can
 * take it over from a process that died holding it.
 */
#include <errno.h>
#include <linux/futex.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "heap.h"

#define LOCK_SPINS 200

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

static void futex_wait_ms(_Atomic uint32_t *word, uint32_t val, long ms) {
    struct timespec ts = {0, ms * 1000000};
    syscall(SYS_futex, word, FUTEX_WAIT, val, &ts, NULL, 0);
}

static int process_is_dead(uint32_t pid) {
    return kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

void sm_heap_lock(void) {
    _Atomic uint32_t *lock = &sm_heap->lock;
    uint32_t me = (uint32_t)getpid();
    int saved_errno = errno;
    for (int spins = 0;; spins++) {
        uint32_t holder = 0;
        if (atomic_compare_exchange_weak(lock, &holder, me))
            break;
        if (holder == 0)
            continue;
        if (spins < LOCK_SPINS) {
            cpu_relax();
            continue;
        }
        atomic_fetch_add(&sm_heap->lock_waiters, 1);
        futex_wait_ms(lock, holder, 10);
        atomic_fetch_sub(&sm_heap->lock_waiters, 1);
        if (process_is_dead(holder))
            atomic_compare_exchange_strong(lock, &holder, 0);
    }
    errno = saved_errno;
}

void sm_heap_unlock(void) {
    atomic_store(&sm_heap->lock, 0);
    if (atomic_load(&sm_heap->lock_waiters))
        syscall(SYS_futex, &sm_heap->lock, FUTEX_WAKE, 1, NULL, NULL, 0);
}

static void tag_run(uint32_t head, uint32_t n, enum sm_chunk_kind kind) {
    struct sm_chunk *first = &sm_heap->chunks[head];
    struct sm_chunk *last = &sm_heap->chunks[head + n - 1];
    first->kind = last->kind = (uint8_t)kind;
    first->cls = last->cls = 0;
    first->head = last->head = head;
    first->n = last->n = n;
}

static void list_insert(uint32_t head) {
    struct sm_chunk *c = sm_heap->chunks;
    c[head].prev = 0;
    c[head].next = sm_heap->free_head;
    if (sm_heap->free_head)
        c[sm_heap->free_head].prev = head;
    sm_heap->free_head = head;
}

static void list_remove(uint32_t head) {
    struct sm_chunk *c = sm_heap->chunks;
    if (c[head].prev)
        c[c[head].prev].next = c[head].next;
    else
        sm_heap->free_head = c[head].next;
    if (c[head].next)
        c[c[head].next].prev = c[head].prev;
}

static void add_free_run(uint32_t head, uint32_t n) {
    tag_run(head, n, SM_CHUNK_FREE);
    list_insert(head);
}

/* First chunk at or after chunk whose address is a multiple of align. */
static uint64_t align_chunk(uint32_t chunk, size_t align) {
    if (align <= SM_HEAP_CHUNK)
        return chunk;
    uintptr_t addr = (uintptr_t)sm_heap_chunk_addr(chunk);
    uintptr_t aligned = (addr + align - 1) & ~(uintptr_t)(align - 1);
    return chunk + ((aligned - addr) >> SM_HEAP_CHUNK_SHIFT);
}

/* Carves [start, start + n) out of the free run at head. */
static void take_from_run(uint32_t head, uint32_t start, uint32_t n, enum sm_chunk_kind kind) {
    uint32_t end = head + sm_heap->chunks[head].n;
    list_remove(head);
    if (start > head)
        add_free_run(head, start - head);
    if (start + n < end)
        add_free_run(start + n, end - (start + n));
    tag_run(start, n, kind);
}

static uint32_t alloc_locked(uint32_t n, size_t align, enum sm_chunk_kind kind) {
    struct sm_chunk *c = sm_heap->chunks;
    for (uint32_t h = sm_heap->free_head; h; h = c[h].next) {
        uint64_t start = align_chunk(h, align);
        if (start + n <= (uint64_t)h + c[h].n) {
            take_from_run(h, (uint32_t)start, n, kind);
            return (uint32_t)start;
        }
    }
    uint64_t start = align_chunk(sm_heap->top, align);
    if (start + n > sm_heap->nchunk)
        return 0;
    if (start > sm_heap->top)
        add_free_run(sm_heap->top, (uint32_t)start - sm_heap->top);
    sm_heap->top = (uint32_t)start + n;
    tag_run((uint32_t)start, n, kind);
    return (uint32_t)start;
}

/* Returns the first chunk of a run of n chunks whose address is a multiple
 * of align, or 0 when the reservation is exhausted. */
uint32_t sm_chunks_alloc(uint32_t n, size_t align, enum sm_chunk_kind kind) {
    if (n == 0 || n > sm_heap->nchunk)
        return 0;
    sm_heap_lock();
    uint32_t head = alloc_locked(n, align, kind);
    sm_heap_unlock();
    return head;
}

static void release_pages(uint32_t head, uint32_t n) {
    void *addr = sm_heap_chunk_addr(head);
    size_t bytes = (size_t)n << SM_HEAP_CHUNK_SHIFT;
    /* Free runs must read as zeros (calloc relies on it). */
    if (madvise(addr, bytes, MADV_REMOVE) != 0)
        memset(addr, 0, bytes);
}

static void free_locked(uint32_t head, uint32_t n) {
    struct sm_chunk *c = sm_heap->chunks;
    uint32_t end = head + n;
    if (head > sm_heap->first && c[head - 1].kind == SM_CHUNK_FREE) {
        uint32_t left = c[head - 1].head;
        list_remove(left);
        head = left;
    }
    if (end == sm_heap->top) {
        sm_heap->top = head;
        return;
    }
    if (c[end].kind == SM_CHUNK_FREE) {
        list_remove(end);
        end += c[end].n;
    }
    add_free_run(head, end - head);
}

/* Frees the run starting at head (a large block); its owner calls this. */
void sm_chunks_free(uint32_t head) {
    uint32_t n = sm_heap->chunks[head].n;
    release_pages(head, n);
    sm_heap_lock();
    free_locked(head, n);
    sm_heap_unlock();
}

static int grow_locked(uint32_t head, uint32_t n, uint32_t want) {
    struct sm_chunk *c = sm_heap->chunks;
    uint32_t end = head + n, more = want - n;
    if (end == sm_heap->top) {
        if ((uint64_t)end + more > sm_heap->nchunk)
            return 0;
        sm_heap->top += more;
    } else if (c[end].kind == SM_CHUNK_FREE && c[end].n >= more) {
        take_from_run(end, end, more, SM_CHUNK_LARGE);
    } else {
        return 0;
    }
    tag_run(head, want, SM_CHUNK_LARGE);
    return 1;
}

/* Resizes the large block at head to n chunks in place; 0 if it cannot
 * grow there.  Chunks it gains read as zeros. */
int sm_chunks_resize(uint32_t head, uint32_t n) {
    uint32_t old = sm_heap->chunks[head].n;
    if (n == old)
        return 1;
    if (n > old) {
        sm_heap_lock();
        int grown = grow_locked(head, old, n);
        sm_heap_unlock();
        return grown;
    }
    sm_heap_lock();
    tag_run(head, n, SM_CHUNK_LARGE);
    tag_run(head + n, old - n, SM_CHUNK_LARGE);
    sm_heap_unlock();
    sm_chunks_free(head + n);
    return 1;
}
