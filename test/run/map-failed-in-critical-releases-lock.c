// A job that dies inside critical makes sm_map fail; the lock it held is
// released, so the program's next critical section does not wait for ever.
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror %s -o %t
// ASan would catch the SIGSEGV and exit(1); let it kill the worker instead.
// RUN: env SM_NUM_WORKERS=2 ASAN_OPTIONS=handle_segv=0 timeout 20 %t | FileCheck %s
// CHECK: sm_map rc=-1: sm_map: job 5 failed in worker {{[12]}} (pid {{[0-9]+}}): killed by SIGSEGV
// CHECK-NEXT: after the failed map: n=2
#include <sharedmem.h>
#include <signal.h>
#include <stdio.h>

static int work(size_t job, void *result, void *arg) {
    (void)result;
    (void)arg;
#pragma sm critical
    {
        if (job == 5)
            raise(SIGSEGV);
    }
    return 0;
}

int main(void) {
    int n = 0;
    int rc = sm_map(10, 0, work, NULL, NULL, NULL);
    printf("sm_map rc=%d: %s\n", rc, sm_last_error());
#pragma sm parallel reduction(+ : n)
    {
#pragma sm critical
        n++;
    }
    printf("after the failed map: n=%d\n", n);
    return 0;
}
