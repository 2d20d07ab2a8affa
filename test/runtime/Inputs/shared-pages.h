/* shared-pages.h - for the SM_STATS page-fault tests: a block of shared
 * memory in base pages (no huge pages, so one write fault per page), every
 * page touched by the master. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static size_t page_size(void) {
    return (size_t)sysconf(_SC_PAGESIZE);
}

static char *touched_shared_pages(size_t pages) {
    size_t bytes = pages * page_size();
    char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED || madvise(p, bytes, MADV_NOHUGEPAGE) != 0) {
        perror("shared pages");
        exit(1);
    }
    for (size_t i = 0; i < pages; i++)
        p[i * page_size()] = 1;
    return p;
}

/* One write in each page: a worker's write fault on each. */
static void write_each_page(char *p, size_t pages, char value) {
    for (size_t i = 0; i < pages; i++)
        p[i * page_size()] = value;
}
