// A worker that has mapped much memory leaves its teardown to a holder
// process that outlives it briefly; the holder is orphaned when the worker
// exits.  A master that is a child subreaper would inherit it as its own
// child, so there the workers start none: after regions whose workers
// touch 32 MiB each, the program's own wait() finds no child, in a normal
// master and in a subreaper.
// RUN: %rtcc
// RUN: SM_NUM_WORKERS=2 %t
// RUN: SM_NUM_WORKERS=2 %t subreaper
#include <errno.h>
#include <sharedmem.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#define BYTES (32u << 20)

int main(int argc, char **argv) {
    static const __sm_loc loc = {__FILE__, __LINE__, 1, "parallel"};
    int subreaper = argc > 1 && strcmp(argv[1], "subreaper") == 0;
    if (subreaper && prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0)
        return perror("PR_SET_CHILD_SUBREAPER"), 1;
    char *shared = sm_zeros(BYTES, 1);
    if (!shared)
        return perror("sm_zeros"), 1;
    for (int region = 0; region < 5; region++) {
        if (__sm_parallel_begin(&loc, 0, 1) == 1)
            memset(shared, region, BYTES);
        __sm_parallel_end();
    }
    usleep(200 * 1000); /* time for any orphan to reach its new parent */
    pid_t child = wait(NULL);
    if (child != -1 || errno != ECHILD) {
        fprintf(stderr, "wait() found child %d\n", (int)child);
        return 1;
    }
    return shared[BYTES - 1] == 4 ? 0 : 1;
}
