// die-in CONSTRUCT HOW PIDFILE: the last worker of the team dies, the way
// HOW says, in CONSTRUCT, while the others carry on into what comes next
// (the region's end, a barrier, the same critical or ordered block).
// Every process appends its pid to PIDFILE so the test can check that
// none is left.  Used by the fault-in-*.test tests.
#include <sharedmem.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

static const char *how;

static void die(void) {
    if (strcmp(how, "segv") == 0)
        raise(SIGSEGV);
    else if (strcmp(how, "bus") == 0)
        raise(SIGBUS);
    else if (strcmp(how, "fpe") == 0)
        raise(SIGFPE);
    else if (strcmp(how, "kill") == 0)
        kill(getpid(), SIGKILL);
    else if (strcmp(how, "abort") == 0)
        abort();
    else
        _exit(3);
}

static void die_on_alarm(int sig) {
    (void)sig;
    die();
}

// The victim dies 50 ms from now, in whatever runtime wait it is in then.
static void die_soon(void) {
    struct itimerval in_50ms = {{0, 0}, {0, 50000}};
    signal(SIGALRM, die_on_alarm);
    setitimer(ITIMER_REAL, &in_50ms, NULL);
}

static int is_victim(void) {
    return sm_worker_id() == sm_num_workers() - 1;
}

static int count_lines(const char *path) {
    FILE *f = fopen(path, "r");
    int lines = 0, c;
    while ((c = getc(f)) != EOF)
        lines += c == '\n';
    fclose(f);
    return lines;
}

// Every worker records its pid; the victim waits until all have (for at
// most 5 s), so that the test can check that none outlives the program.
static void record_pid(const char *path) {
    FILE *f = fopen(path, "a");
    fprintf(f, "%d\n", (int)getpid());
    fclose(f);
    for (int tries = 0; is_victim() && tries < 500; tries++) {
        if (count_lines(path) == sm_num_workers())
            break;
        usleep(10000);
    }
}

static int map_work(size_t job, void *result, void *arg) {
    static int recorded;
    (void)result;
    if (!recorded++)
        record_pid(arg);
    if (job == 8) {
        usleep(50000);
        die();
    }
    usleep(1000);
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 4)
        return 2;
    const char *construct = argv[1];
    how = argv[2];
    const char *pids = argv[3];

    if (strcmp(construct, "parallel") == 0) {
#pragma sm parallel
        {
            record_pid(pids);
            if (is_victim())
                die();
        }
    } else if (strcmp(construct, "for") == 0) {
#pragma sm parallel
        {
            record_pid(pids);
#pragma sm for schedule(dynamic)
            for (int i = 0; i < 1000; i++) {
                if (is_victim())
                    die();
                usleep(1000);
            }
        }
    } else if (strcmp(construct, "barrier") == 0) {
#pragma sm parallel
        {
            record_pid(pids);
            if (is_victim()) {
                usleep(50000);
                die();
            }
#pragma sm barrier
        }
    } else if (strcmp(construct, "barrier-wait") == 0) {
#pragma sm parallel
        {
            record_pid(pids);
            if (is_victim())
                die_soon();
            else
                usleep(200000);
#pragma sm barrier
        }
    } else if (strcmp(construct, "critical") == 0) {
#pragma sm parallel
        {
            record_pid(pids);
            if (!is_victim())
                usleep(20000);
#pragma sm critical
            {
                if (is_victim()) {
                    usleep(50000);
                    die();
                }
            }
        }
    } else if (strcmp(construct, "ordered-wait") == 0) {
#pragma sm parallel
        {
            record_pid(pids);
#pragma sm for ordered schedule(static, 1)
            for (int i = 0; i < sm_num_workers(); i++) {
                if (is_victim())
                    die_soon();
#pragma sm ordered
                {
                    if (i == 0)
                        usleep(200000);
                }
            }
        }
    } else if (strcmp(construct, "ordered") == 0) {
#pragma sm parallel
        {
            record_pid(pids);
#pragma sm for ordered schedule(static, 1)
            for (int i = 0; i < 2 * sm_num_workers(); i++) {
#pragma sm ordered
                {
                    if (is_victim()) {
                        usleep(50000);
                        die();
                    }
                }
            }
        }
    } else if (strcmp(construct, "single") == 0) {
        // The others wait until the victim has taken the single (a head
        // start of a few ms was not enough on a loaded machine).
        int *taken = sm_zeros(1, sizeof *taken);
#pragma sm parallel
        {
            record_pid(pids);
            while (!is_victim() && !__atomic_load_n(taken, __ATOMIC_ACQUIRE))
                usleep(1000);
#pragma sm single
            {
                if (is_victim()) {
                    __atomic_store_n(taken, 1, __ATOMIC_RELEASE);
                    usleep(50000);
                    die();
                }
            }
        }
    } else if (strcmp(construct, "map") == 0) {
        if (sm_map(1000, 0, map_work, NULL, (void *)pids, NULL) != 0) {
            fprintf(stderr, "%s\n", sm_last_error());
            return 1;
        }
    } else {
        return 2;
    }
    printf("not reached\n");
    return 0;
}
