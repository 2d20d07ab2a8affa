/* omp_error.h - sm_last_error for the OpenMP back end. */
#ifndef SM_OMP_ERROR_H
#define SM_OMP_ERROR_H

/* Records "what: strerror(err)" as the calling thread's last error. */
void sm_omp_set_error(const char *what, int err);

#endif /* SM_OMP_ERROR_H */
