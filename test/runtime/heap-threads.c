// Threads of one process may use the shared heap at once: each thread that
// allocates gets an arena of its own (given back when it exits).  Threads of
// the master and of a worker swap blocks through a shared table, freeing each
// other's, and no block is corrupted; 100 short-lived threads reuse arenas.
// RUN: %rtcc -pthread -I%S/../../runtime
// RUN: SM_NUM_WORKERS=2 %t | FileCheck %s
// CHECK: 100 short-lived threads used 1 arena
// CHECK-NEXT: threads in master and worker: corrupt 0
#include "heap.h"
#include <pthread.h>
#include <sharedmem.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define SLOTS 256
#define OPS 20000
#define THREADS 3

static _Atomic(unsigned char *) *table;
static _Atomic long *corrupt;

static unsigned char *new_block(uint64_t r) {
    size_t size = 8 + r % 2000;
    unsigned char *b = sm_malloc(size);
    memcpy(b, &size, sizeof size);
    memset(b + sizeof size, (int)(size & 0xff), size - sizeof size);
    return b;
}

static int intact(const unsigned char *b) {
    size_t size;
    memcpy(&size, b, sizeof size);
    for (size_t i = sizeof size; i < size; i++)
        if (b[i] != (unsigned char)(size & 0xff))
            return 0;
    return 1;
}

static void *churn(void *arg) {
    uint64_t r = (uintptr_t)arg * 0x9e3779b97f4a7c15ull + 1;
    for (int op = 0; op < OPS; op++) {
        r ^= r << 13, r ^= r >> 7, r ^= r << 17;
        unsigned char *old = atomic_exchange(&table[r % SLOTS], new_block(r));
        if (old) {
            *corrupt += !intact(old);
            sm_free(old);
        }
    }
    return NULL;
}

static void *short_lived(void *arg) {
    sm_free(sm_malloc((uintptr_t)arg));
    return NULL;
}

static void run_threads(int base) {
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, churn, (void *)(uintptr_t)(base + i));
    for (int i = 0; i < THREADS; i++)
        pthread_join(t[i], NULL);
}

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    for (int i = 0; i < 100; i++) {
        pthread_t t;
        pthread_create(&t, NULL, short_lived, (void *)(uintptr_t)(16 + i));
        pthread_join(t, NULL);
    }
    printf("100 short-lived threads used %u arena\n",
           sm_heap->thread_arena_next - SM_HEAP_WORKER_ARENAS);
    table = sm_zeros(SLOTS, sizeof *table);
    corrupt = sm_zeros(1, sizeof *corrupt);
    __sm_parallel_begin(&loc, 2, 1);
    run_threads(sm_worker_id() * THREADS);
    __sm_parallel_end();
    for (int i = 0; i < SLOTS; i++)
        if (table[i]) {
            *corrupt += !intact(table[i]);
            sm_free(table[i]);
        }
    printf("threads in master and worker: corrupt %ld\n", (long)*corrupt);
    return 0;
}
