// Once the process that used the runtime has exited, a child it forked (a
// daemon) takes the runtime over: its regions fork a full team again.
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: rm -f %t.out && env SM_NUM_WORKERS=2 %t %t.out
// RUN: for i in $(seq 200); do test -s %t.out && break; sleep 0.1; done
// RUN: FileCheck %s < %t.out
// CHECK: daemon: team of 2, sum 49995000
#include <sharedmem.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv) {
    pid_t parent = getpid();
    int warm = 0, widest = 0;
    long s = 0;
    (void)argc;
#pragma sm parallel reduction(+ : warm)
    warm++;
    if (fork() != 0)
        return 0;
    while (getppid() == parent)
        usleep(1000);
#pragma sm parallel for reduction(+ : s) reduction(max : widest)
    for (int i = 0; i < 10000; i++) {
        s += i;
        widest = sm_num_workers();
    }
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    FILE *out = fopen(tmp, "w");
    fprintf(out, "daemon: team of %d, sum %ld\n", widest, s);
    fclose(out);
    return rename(tmp, argv[1]);
}
