/*
 * os.c - futex, shared mappings, fork, clock and CPU count.
 */
#include "os.h"

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <sys/single_threaded.h>
#endif

/* The words live in MAP_SHARED memory seen by several processes, so the
 * shared (not FUTEX_PRIVATE_FLAG) operations are required. */
void sm_futex_wait(_Atomic uint32_t *word, uint32_t val, int64_t timeout_ns) {
    struct timespec ts, *tsp = NULL;
    if (timeout_ns >= 0) {
        ts.tv_sec = timeout_ns / 1000000000;
        ts.tv_nsec = timeout_ns % 1000000000;
        tsp = &ts;
    }
    syscall(SYS_futex, (uint32_t *)word, FUTEX_WAIT, val, tsp, NULL, 0);
}

void sm_futex_wake(_Atomic uint32_t *word, int count) {
    syscall(SYS_futex, (uint32_t *)word, FUTEX_WAKE, count, NULL, NULL, 0);
}

void sm_futex_wake_all(_Atomic uint32_t *word) {
    sm_futex_wake(word, INT_MAX);
}

static void *map_shared(size_t bytes, int flags) {
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | flags, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void *sm_map_shared(size_t bytes) {
    return map_shared(bytes, 0);
}

void *sm_map_shared_noreserve(size_t bytes) {
    return map_shared(bytes, MAP_NORESERVE);
}

/* The setting in use is the bracketed word: "always [never] advise ...". */
static int read_shared_huge_pages(void) {
    char line[128] = "";
    FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/shmem_enabled", "re");
    if (!f)
        return 0;
    char *ok = fgets(line, sizeof line, f);
    fclose(f);
    if (!ok)
        return 0;
    static const char *const huge[] = {"[always]", "[within_size]", "[advise]", "[force]"};
    for (size_t i = 0; i < sizeof huge / sizeof huge[0]; i++)
        if (strstr(line, huge[i]))
            return 1;
    return 0;
}

int sm_shared_huge_pages(void) {
    static int known = -1;
    if (known < 0)
        known = read_shared_huge_pages();
    return known;
}

/* Faulting fresh pages in one by one costs more than the copy on some
 * machines (virtual ones above all). */
void sm_populate(void *p, size_t bytes) {
#ifdef MADV_POPULATE_WRITE
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t begin = (uintptr_t)p & ~(page - 1);
    uintptr_t end = ((uintptr_t)p + bytes + page - 1) & ~(page - 1);

    if (bytes > 0)
        madvise((void *)begin, end - begin, MADV_POPULATE_WRITE);
#else
    (void)p;
    (void)bytes;
#endif
}

SM_WORKER_CODE pid_t sm_fork(void) {
    pid_t pid;
    do
        pid = fork();
    while (pid < 0 && errno == EINTR);
    return pid;
}

static inline long raw_syscall4(long nr, long a, long b, long c, long d) {
#if defined(__x86_64__)
    long ret;
    register long r10 __asm__("r10") = d;
    __asm__ __volatile__("syscall"
                         : "=a"(ret)
                         : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10)
                         : "rcx", "r11", "memory");
    return ret;
#elif defined(__aarch64__)
    register long x8 __asm__("x8") = nr;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    __asm__ __volatile__("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
    return x0;
#else
    return syscall(nr, a, b, c, d);
#endif
}

/* The kernel's sigset: 64 signals. */
#define KERNEL_SIGSET_BYTES 8

SM_WORKER_CODE void sm_die_with_parent(void) {
    raw_syscall4(SYS_prctl, PR_SET_PDEATHSIG, SIGKILL, 0, 0);
}

SM_WORKER_CODE pid_t sm_parent_pid(void) {
    return (pid_t)raw_syscall4(SYS_getppid, 0, 0, 0, 0);
}

void sm_get_kernel_sigaction(int sig, struct sm_kernel_sigaction *act) {
    raw_syscall4(SYS_rt_sigaction, sig, 0, (long)act, KERNEL_SIGSET_BYTES);
}

SM_WORKER_CODE void sm_set_kernel_sigaction(int sig, const struct sm_kernel_sigaction *act) {
    raw_syscall4(SYS_rt_sigaction, sig, (long)act, 0, KERNEL_SIGSET_BYTES);
}

SM_WORKER_CODE void sm_set_sigmask(const sigset_t *mask) {
    raw_syscall4(SYS_rt_sigprocmask, SIG_SETMASK, (long)mask, 0, KERNEL_SIGSET_BYTES);
}

/* glibc's own test in fflush(NULL), made without its locks: taking them
 * writes to libc's data, which a new worker would have to copy. */
SM_WORKER_CODE static int stdio_pending(void) {
#ifdef __GLIBC__
    extern FILE *_IO_list_all;
    if (!__libc_single_threaded)
        return 1;
    for (FILE *f = _IO_list_all; f; f = f->_chain)
        if (f->_mode > 0 || f->_IO_write_ptr > f->_IO_write_base)
            return 1;
    return 0;
#else
    return 1;
#endif
}

SM_WORKER_CODE void sm_flush_stdio(void) {
    if (stdio_pending())
        fflush(NULL);
}

double sm_monotonic(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int sm_cpu_count(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0)
            return n;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}
