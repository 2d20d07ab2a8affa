/* omp_error.c - sm_last_error for the OpenMP back end (per thread). */
#include "omp_error.h"

#include <sharedmem.h>

#include <stdio.h>
#include <string.h>

static _Thread_local char last_error[256];

void sm_omp_set_error(const char *what, int err) {
    snprintf(last_error, sizeof last_error, "%s: %s", what, strerror(err));
}

const char *sm_last_error(void) {
    return last_error;
}
