// Stress: 4 workers allocate blocks of random sizes (16 B to 256 KiB),
// fill them with a pattern, swap them atomically into a shared table and
// free whatever they took out -- often another worker's block -- after
// checking its pattern; some blocks are grown with sm_realloc.  At the end
// the master checks and frees every block left.  No block may be corrupt.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=4 %t | FileCheck %s
// CHECK: workers 4, blocks checked > 40000, corrupt 0
#include <sharedmem.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define SLOTS 512
#define OPS 12000

struct block {
    uint64_t size, seed;
    unsigned char data[];
};

static uint64_t next_random(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static size_t random_size(uint64_t *rng) {
    uint64_t r = next_random(rng);
    if (r % 100 == 0)
        return 32768 + r % 262144; /* 1 % large */
    return 16 + (r >> 8) % (r % 10 ? 512 : 8192);
}

static void fill(struct block *b, size_t from) {
    for (size_t i = from; i < b->size; i++)
        b->data[i] = (unsigned char)(b->seed + i * 7);
}

static int intact(const struct block *b) {
    for (size_t i = 0; i < b->size; i++)
        if (b->data[i] != (unsigned char)(b->seed + i * 7))
            return 0;
    return 1;
}

static struct block *new_block(uint64_t *rng) {
    size_t size = random_size(rng);
    struct block *b = sm_malloc(sizeof *b + size);
    b->size = size;
    b->seed = next_random(rng);
    fill(b, 0);
    return b;
}

static struct block *grow(struct block *b, uint64_t *rng) {
    size_t more = random_size(rng), old = b->size;
    b = sm_realloc(b, sizeof *b + old + more);
    b->size = old + more;
    fill(b, old);
    return b;
}

int main(void) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    _Atomic(struct block *) *table = sm_zeros(SLOTS, sizeof *table);
    _Atomic long *checked = sm_zeros(2, sizeof *checked), *corrupt = checked + 1;
    __sm_parallel_begin(&loc, 4, 1);
    uint64_t rng = 0x9e3779b97f4a7c15ull * (uint64_t)(sm_worker_id() + 1);
    for (int op = 0; op < OPS; op++) {
        struct block *b = new_block(&rng);
        if (op % 16 == 0)
            b = grow(b, &rng);
        struct block *old = atomic_exchange(&table[next_random(&rng) % SLOTS], b);
        if (old) {
            *corrupt += !intact(old);
            *checked += 1;
            sm_free(old);
        }
    }
    __sm_parallel_end();
    int nw = sm_max_workers();
    for (int i = 0; i < SLOTS; i++)
        if (table[i]) {
            *corrupt += !intact(table[i]);
            *checked += 1;
            sm_free(table[i]);
        }
    printf("workers %d, blocks checked %s 40000, corrupt %ld\n", nw,
           *checked > 40000 ? ">" : "<=", (long)*corrupt);
    return 0;
}
