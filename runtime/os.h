/*
 * os.h - the thin operating-system layer under the runtime (Linux).
 */
#ifndef SM_OS_H
#define SM_OS_H

#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Sleeps while *word == val; timeout_ns < 0 waits without limit.  Returns
 * early on a wake-up, a signal or a changed word: callers re-check. */
void sm_futex_wait(_Atomic uint32_t *word, uint32_t val, int64_t timeout_ns);
void sm_futex_wake(_Atomic uint32_t *word, int count);
void sm_futex_wake_all(_Atomic uint32_t *word);

/* Zeroed MAP_SHARED anonymous memory; NULL (and errno) on failure. */
void *sm_map_shared(size_t bytes);
/* The same without reserving swap: for large tables mostly never written. */
void *sm_map_shared_noreserve(size_t bytes);
/* Maps in the pages of [p, p + bytes) for writing now, in one call rather
 * than a fault per page (best effort). */
void sm_populate(void *p, size_t bytes);
/* Whether the kernel may back shared memory asked for with MADV_HUGEPAGE
 * with huge pages (/sys/kernel/mm/transparent_hugepage/shmem_enabled). */
int sm_shared_huge_pages(void);
pid_t sm_fork(void);

/* Code a new worker runs: kept together, so that a new process touches as
 * few pages of code as possible. */
#define SM_WORKER_CODE __attribute__((section(".text.hot.sharedmem")))

/* For a new worker's first steps.  Each libc wrapper sits on a page of
 * libc's code the new process has not touched yet, and the first touch of
 * a page costs a new process a page fault; these go straight to the
 * kernel.  Errors are ignored: the callers cannot do anything about them. */
void sm_die_with_parent(void); /* SIGKILL when the parent dies */
pid_t sm_parent_pid(void);
/* The kernel's own record of a signal's disposition, opaque. */
struct sm_kernel_sigaction {
    unsigned long words[8];
};
void sm_get_kernel_sigaction(int sig, struct sm_kernel_sigaction *act);
void sm_set_kernel_sigaction(int sig, const struct sm_kernel_sigaction *act);
void sm_set_sigmask(const sigset_t *mask);

/* fflush(NULL), skipped when no stream has output buffered. */
void sm_flush_stdio(void);

double sm_monotonic(void);
/* CPUs in the calling process's affinity mask (at least 1). */
int sm_cpu_count(void);
/* Spin-wait hint. */
static inline void sm_cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

#endif /* SM_OS_H */
