// A worker killed by a signal ends the program quickly with one message
// naming the worker, its pid, the signal and the construct's location,
// exit status 128+signal, and no process left behind.
// It needs a worker other than the master, so not with --sm-serial:
// UNSUPPORTED: serial
// RUN: %smcc -g %s -o %t
// RUN: rm -f %t.pids
// ASan would catch the SIGSEGV and exit(1); let it kill the worker instead.
// RUN: env ASAN_OPTIONS=handle_segv=0 SM_NUM_WORKERS=3 PIDS=%t.pids timeout 10 %t 2> %t.err; test $? = 139
// RUN: FileCheck %s < %t.err
// RUN: sleep 0.2; for p in $(cat %t.pids); do ! kill -0 $p 2>/dev/null; done
#include <sharedmem.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void) {
    FILE *pids = fopen(getenv("PIDS"), "a");
    setvbuf(pids, NULL, _IONBF, 0);
    // CHECK: sharedmem: worker 2 (pid {{[0-9]+}}) killed by SIGSEGV (Segmentation fault) in 'parallel' at {{.*}}worker-crash-reported.c:[[@LINE+1]]
#pragma sm parallel
    {
        fprintf(pids, "%d\n", (int)getpid());
        if (sm_worker_id() == 2)
            raise(SIGSEGV);
        pause(); /* the others would wait forever */
    }
    return 0;
}
// CHECK-NOT: sharedmem:
