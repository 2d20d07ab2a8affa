// 10,000 regions in a row leave open files, memory mappings and child
// processes where they were after the first region.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=2 %t | FileCheck %s
// CHECK: fds same: yes, mappings same: yes, children: none
#include <dirent.h>
#include <errno.h>
#include <sharedmem.h>
#include <stdio.h>
#include <sys/wait.h>

static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};

static int count_entries(const char *dir) {
    DIR *d = opendir(dir);
    int n = 0;
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

static int count_lines(const char *path) {
    FILE *f = fopen(path, "r");
    int n = 0, c;
    while ((c = fgetc(f)) != EOF)
        n += c == '\n';
    fclose(f);
    return n;
}

static void region(void) {
    __sm_parallel_begin(&loc, 0, 1);
    __sm_parallel_end();
}

int main(void) {
    region();
    int fds = count_entries("/proc/self/fd");
    int maps = count_lines("/proc/self/maps");
    for (int r = 0; r < 10000; r++)
        region();
    int none = waitpid(-1, NULL, WNOHANG) == -1 && errno == ECHILD;
    printf("fds same: %s, mappings same: %s, children: %s\n",
           count_entries("/proc/self/fd") == fds ? "yes" : "no",
           count_lines("/proc/self/maps") == maps ? "yes" : "no", none ? "none" : "SOME");
    return 0;
}
