/*
 * error.c - sm_last_error(): the message of the last failed library call.
 *
 * Workers are processes, so a plain static buffer is per worker already.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

#include "sharedmem.h"
#include "error.h"

static char last_error[512];

void __sm_error_set(const char *fmt, ...) {
    int saved = errno;
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    errno = saved;
}

const char *sm_last_error(void) {
    return last_error;
}
