/*
 * stackguard.c - runs the rewriter on a thread whose stack it knows, and turns
 * an overflow of that stack into a diagnostic.
 *
 * libclang's parser and cursor visitor recurse once per nesting level, so a
 * pathological file (a 10 MB line of "1 + 1 + ...") overflows any stack.
 * libclang would run the parse on its own 8 MB thread (LIBCLANG_NOTHREADS
 * stops that); here the whole run gets an 8 MB stack with a guard region at
 * its low end.  No bigger: libclang's cursor extents are linear in the depth
 * of a left-nested expression, so what 8 MB can parse already takes seconds
 * to visit.  A fault in the guard region is reported as an error; any other
 * fault is re-raised, so real crashes stay crashes.
 */
#include "smpp.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define STACK_SIZE ((size_t)8 << 20)
#define GUARD_SIZE ((size_t)1 << 20)
#define ALT_STACK_SIZE ((size_t)1 << 16)

struct job {
    int (*fn)(const struct smpp_options *);
    const struct smpp_options *options;
    int rc;
};

static char *stack_base;

static void on_fault(int sig, siginfo_t *info, void *context) {
    (void)context;
    char *addr = info->si_addr;
    if (addr >= stack_base && addr < stack_base + GUARD_SIZE) {
        static const char msg[] = "smpp: error: the input is nested too deeply to parse "
                                  "(stack overflow)\n";
        if (write(2, msg, sizeof msg - 1) < 0)
            _exit(1);
        _exit(1);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void catch_overflow(void) {
    static char alt_stack[ALT_STACK_SIZE];
    stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack}, old;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    /* AddressSanitizer gives each thread its own, and frees it itself. */
    if (sigaltstack(NULL, &old) == 0 && (old.ss_flags & SS_DISABLE))
        sigaltstack(&ss, NULL);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

static void *run_job(void *arg) {
    struct job *job = arg;
    catch_overflow();
    job->rc = job->fn(job->options);
    return NULL;
}

int run_with_stack_guard(int (*fn)(const struct smpp_options *), const struct smpp_options *o) {
    struct job job = {fn, o, 1};
    setenv("LIBCLANG_NOTHREADS", "1", 1);
    /* Its crash recovery would replace our handler with one that cannot run
     * on an overflowed stack. */
    setenv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1);
    void *stack = mmap(NULL, STACK_SIZE, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    pthread_attr_t attr;
    pthread_t thread;
    if (stack == MAP_FAILED || mprotect(stack, GUARD_SIZE, PROT_NONE) != 0 ||
        pthread_attr_init(&attr) != 0)
        return fn(o);
    stack_base = stack;
    pthread_attr_setstack(&attr, stack, STACK_SIZE);
    int started = pthread_create(&thread, &attr, run_job, &job) == 0;
    pthread_attr_destroy(&attr);
    if (!started)
        return fn(o);
    pthread_join(thread, NULL);
    munmap(stack, STACK_SIZE);
    return job.rc;
}
