/*
 * openmp_interop.c - living with an OpenMP runtime in the same process.
 *
 * libgomp's thread pool does not survive fork(): a worker whose master had
 * run an OpenMP parallel region before the fork would, at its own next one,
 * wait forever for pool threads that do not exist in it.  This happens to
 * programs built with -fopenmp and to those calling a library built with
 * OpenMP (an OpenMP BLAS) inside a region or an sm_map job.  So while a
 * team of processes runs, OpenMP's parallel regions are inactive (one
 * thread), as OpenMP runs a region nested in an active one: the master
 * sets OpenMP's max-active-levels to 0 before it forks, the workers inherit
 * it, and the master puts it back after the join.
 *
 * The OpenMP runtime is found by name at the first fork; a program without
 * one pays that lookup once and a test per region after it.
 */
#include "internal.h"

#include <dlfcn.h>

static int looked_up;
static int (*get_max_active_levels)(void);
static void (*set_max_active_levels)(int);
static int saved_levels = -1;

static void look_up(void) {
    looked_up = 1;
    /* POSIX's way to turn dlsym's object pointer into a function pointer. */
    *(void **)&get_max_active_levels = dlsym(RTLD_DEFAULT, "omp_get_max_active_levels");
    *(void **)&set_max_active_levels = dlsym(RTLD_DEFAULT, "omp_set_max_active_levels");
    if (!get_max_active_levels || !set_max_active_levels)
        set_max_active_levels = NULL;
}

void sm_openmp_suspend(void) {
    if (!looked_up)
        look_up();
    if (!set_max_active_levels || saved_levels >= 0)
        return;
    saved_levels = get_max_active_levels();
    set_max_active_levels(0);
}

void sm_openmp_resume(void) {
    if (saved_levels < 0)
        return;
    set_max_active_levels(saved_levels);
    saved_levels = -1;
}
