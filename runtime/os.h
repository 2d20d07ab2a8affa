/*
 * os.h - the thin operating-system layer under the runtime (Linux).
 */
#ifndef SM_OS_H
#define SM_OS_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Sleeps while *word == val; timeout_ns < 0 waits without limit.  Returns
 * early on a wake-up, a signal or a changed word: callers re-check. */
void sm_futex_wait(_Atomic uint32_t *word, uint32_t val, int64_t timeout_ns);
void sm_futex_wake(_Atomic uint32_t *word, int count);
void sm_futex_wake_all(_Atomic uint32_t *word);

/* Zeroed MAP_SHARED anonymous memory; NULL on failure. */
void *sm_map_shared(size_t bytes);
pid_t sm_fork(void);
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
