// A worker that crashes while the master's own wait() reaps it is still
// reported as a failure, and the program does not exit with status 0.
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// RUN: env SM_NUM_WORKERS=2 ASAN_OPTIONS=handle_abort=0 %t 2> %t.err; echo "exit $?" > %t.status
// RUN: FileCheck %s < %t.err
// RUN: FileCheck %s --check-prefix=STATUS < %t.status
// CHECK: sharedmem: worker 1 (pid {{[0-9]+}}) ended before the end of the region
// CHECK-SAME: (the program's own wait() took its status) in 'parallel' at {{.*}}.c:23
// STATUS: exit 1
#include <sharedmem.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    pid_t mine = fork();
    if (mine == 0) {
        sleep(5);
        _exit(7);
    }
#pragma sm parallel
    {
        if (sm_worker_id() == 1) {
            usleep(100000);
            abort();
        }
        int status;
        wait(&status);
    }
    printf("after the region\n");
    return 0;
}
