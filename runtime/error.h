/*
 * error.h - the message behind sm_last_error(), internal to libsharedmem.
 */
#ifndef SM_ERROR_H
#define SM_ERROR_H

/* Records a printf-style message for sm_last_error(); errno is preserved. */
void __sm_error_set(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
