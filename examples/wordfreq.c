/*
 * wordfreq - the most frequent words of a set of files.
 *
 * usage: wordfreq [-n TOP] FILE...
 *
 * One sm_map job per file: the job counts the words of its file in a
 * private table and hands the master one shared-heap block of
 * (count, word) records; the master merges the blocks into its table as
 * they arrive, then ranks the words with sm_argsort_i64.
 */
#include <ctype.h>
#include <errno.h>
#include <sharedmem.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WORD_MAX 64

struct entry {
    char *word;
    size_t count;
};

struct table {
    struct entry *slots;
    size_t cap, used;
};

struct merge {
    char **paths;
    struct table total;
};

/* What a job hands to the master: its file's records, or an errno. */
struct file_words {
    char *records; /* shared heap: [size_t count][word\0] ... */
    size_t bytes;
    int error;
};

static size_t hash(const char *s) {
    size_t h = 1469598103934665603u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 1099511628211u;
    return h;
}

static struct entry *find(struct table *t, const char *word) {
    size_t i = hash(word) & (t->cap - 1);
    while (t->slots[i].word && strcmp(t->slots[i].word, word) != 0)
        i = (i + 1) & (t->cap - 1);
    return &t->slots[i];
}

static void grow(struct table *t) {
    struct table bigger = {calloc(t->cap * 2, sizeof(struct entry)), t->cap * 2, t->used};
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].word)
            *find(&bigger, t->slots[i].word) = t->slots[i];
    free(t->slots);
    *t = bigger;
}

static void add(struct table *t, const char *word, size_t count) {
    struct entry *e;
    if (2 * (t->used + 1) > t->cap)
        grow(t);
    e = find(t, word);
    if (!e->word) {
        e->word = strdup(word);
        t->used++;
    }
    e->count += count;
}

static void count_words(FILE *f, struct table *t) {
    char word[WORD_MAX];
    size_t len = 0;
    int c;
    do {
        c = getc(f);
        if (c != EOF && isalpha(c)) {
            if (len < WORD_MAX - 1)
                word[len++] = (char)tolower(c);
        } else if (len > 0) {
            word[len] = '\0';
            add(t, word, 1);
            len = 0;
        }
    } while (c != EOF);
}

/* Under smcc, malloc is the shared heap: a worker must free what it keeps. */
static void drop(struct table *t) {
    for (size_t i = 0; i < t->cap; i++)
        free(t->slots[i].word);
    free(t->slots);
}

static void pack(const struct table *t, struct file_words *out) {
    char *p;
    out->bytes = 0;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].word)
            out->bytes += sizeof(size_t) + strlen(t->slots[i].word) + 1;
    out->records = p = sm_malloc(out->bytes ? out->bytes : 1);
    for (size_t i = 0; p && i < t->cap; i++)
        if (t->slots[i].word) {
            memcpy(p, &t->slots[i].count, sizeof(size_t));
            strcpy(p + sizeof(size_t), t->slots[i].word);
            p += sizeof(size_t) + strlen(t->slots[i].word) + 1;
        }
    if (!out->records)
        out->error = ENOMEM;
}

/* A job: one file.  Its private table vanishes with the worker. */
static int count_file(size_t job, void *result, void *arg) {
    char **paths = ((const struct merge *)arg)->paths;
    struct file_words *out = result;
    struct table t = {calloc(1024, sizeof(struct entry)), 1024, 0};
    FILE *f = fopen(paths[job], "r");
    if (!f) {
        out->error = errno;
        drop(&t);
        return 0;
    }
    count_words(f, &t);
    fclose(f);
    pack(&t, out);
    drop(&t);
    return 0;
}

static void merge_file(size_t job, const void *result, void *arg) {
    const struct file_words *in = result;
    struct merge *m = arg;
    if (in->error) {
        fprintf(stderr, "wordfreq: %s: %s\n", m->paths[job], strerror(in->error));
        return;
    }
    for (const char *p = in->records; p < in->records + in->bytes;) {
        size_t count;
        memcpy(&count, p, sizeof count);
        add(&m->total, p + sizeof count, count);
        p += sizeof count + strlen(p + sizeof count) + 1;
    }
    sm_free(in->records);
}

static int print_top(const struct table *t, size_t top) {
    int64_t *minus_count = malloc((t->used + 1) * sizeof *minus_count);
    struct entry *words = malloc((t->used + 1) * sizeof *words);
    size_t *rank = malloc((t->used + 1) * sizeof *rank), n = 0;
    if (!minus_count || !words || !rank)
        return 1;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].word) {
            words[n] = t->slots[i];
            minus_count[n++] = -(int64_t)t->slots[i].count;
        }
    if (sm_argsort_i64(minus_count, n, rank) != 0)
        return fprintf(stderr, "wordfreq: %s\n", sm_last_error()), 1;
    for (size_t i = 0; i < n && i < top; i++)
        printf("%8zu %s\n", words[rank[i]].count, words[rank[i]].word);
    printf("%zu distinct words\n", n);
    return 0;
}

int main(int argc, char **argv) {
    size_t top = 10;
    struct merge m = {NULL, {calloc(4096, sizeof(struct entry)), 4096, 0}};
    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        top = strtoul(argv[2], NULL, 10);
        argv += 2;
        argc -= 2;
    }
    if (argc < 2) {
        fprintf(stderr, "usage: wordfreq [-n TOP] FILE...\n");
        return 2;
    }
    m.paths = argv + 1;
    if (sm_map((size_t)argc - 1, sizeof(struct file_words), count_file, merge_file, &m, NULL) !=
        0) {
        fprintf(stderr, "wordfreq: %s\n", sm_last_error());
        return 1;
    }
    return print_top(&m.total, top);
}
