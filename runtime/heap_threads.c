/*
 * heap_threads.c - arenas for threads other than a process's first.
 *
 * Arenas are owned without locks, so two threads must never share one.  A
 * process's first thread has the arena of its worker id (the master's is
 * 0).  Any other thread that allocates takes an arena numbered from
 * SM_HEAP_WORKER_ARENAS up and gives it back when it exits; the next thread
 * to take it carries on with its free lists.
 */
#include <pthread.h>

#include "heap.h"

static pthread_once_t key_once = PTHREAD_ONCE_INIT;
static pthread_key_t arena_key;

static void give_back(void *value) {
    /* Frees by the rest of this thread's exit go to remote lists. */
    sm_my_arena = NULL;
    sm_my_arena_id = ~0u;
    sm_heap_lock();
    sm_heap->thread_arena_free[sm_heap->thread_arenas_free++] = (uint16_t)((uintptr_t)value - 1);
    sm_heap_unlock();
}

static void make_key(void) {
    pthread_key_create(&arena_key, give_back);
}

static int take_arena(void) {
    int id = -1;
    sm_heap_lock();
    if (sm_heap->thread_arenas_free)
        id = sm_heap->thread_arena_free[--sm_heap->thread_arenas_free];
    else if (sm_heap->thread_arena_next < SM_HEAP_ARENAS)
        id = (int)sm_heap->thread_arena_next++;
    sm_heap_unlock();
    return id;
}

int sm_heap_thread_init(void) {
    if (!sm_heap)
        return sm_heap_init();
    if (sm_my_arena)
        return 0;
    pthread_once(&key_once, make_key);
    int id = take_arena();
    if (id < 0)
        return -1;
    pthread_setspecific(arena_key, (void *)(uintptr_t)(id + 1));
    sm_heap_use_arena((unsigned)id);
    return 0;
}
