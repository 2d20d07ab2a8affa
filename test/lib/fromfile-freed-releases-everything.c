// A large sm_fromfile (kernel copies into memfds mapped over the array)
// leaves no file descriptor open, and sm_free gives the array's memory back:
// the memfd mappings hold pages before the free and none after it.
// Where shared memory gets huge pages, sm_fromfile reads into the heap
// instead (heap-large-blocks-released.c covers that memory).
// UNSUPPORTED: shmem-huge-pages
// RUN: %rtcc
// RUN: head -c 20000000 /dev/urandom > %t.bin
// RUN: for n in 1 2; do SM_NUM_WORKERS=$n %t %t.bin; done | FileCheck %s
// CHECK-COUNT-2: read 20000000, same as the file; fds opened 0; memfd kB before free >0, after 0
#include <dirent.h>
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int open_fds(void) {
    DIR *d = opendir("/proc/self/fd");
    int n = 0;
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

/* Resident kB of the memfd mappings. */
static long memfd_rss_kb(void) {
    FILE *f = fopen("/proc/self/smaps", "r");
    char line[512];
    long kb, total = 0;
    int in_memfd = 0;
    while (fgets(line, sizeof line, f)) {
        if (strchr(line, '-') && strchr(line, ' ') > strchr(line, '-'))
            in_memfd = strstr(line, "/memfd:sm_fromfile") != NULL;
        else if (in_memfd && sscanf(line, "Rss: %ld kB", &kb) == 1)
            total += kb;
    }
    fclose(f);
    return total;
}

int main(int argc, char **argv) {
    size_t count = 0, bytes = 20000000;
    char *expect = malloc(bytes), *data;
    FILE *f = fopen(argv[1], "rb");
    int fds;
    long before;
    (void)argc;
    if (fread(expect, 1, bytes, f) != bytes)
        return 1;
    fclose(f);
    fds = open_fds();
    data = sm_fromfile(argv[1], 1, &count, 0);
    if (!data)
        return printf("sm_fromfile: %s\n", sm_last_error()), 1;
    fds = open_fds() - fds;
    printf("read %zu, %s the file; fds opened %d; ", count,
           memcmp(data, expect, bytes) == 0 ? "same as" : "DIFFERENT from", fds);
    before = memfd_rss_kb();
    sm_free(data);
    free(expect);
    printf("memfd kB before free %s, after %ld\n", before > 0 ? ">0" : "0", memfd_rss_kb());
    return 0;
}
