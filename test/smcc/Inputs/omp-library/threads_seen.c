/* A shared library built with OpenMP: its threads ask libgomp who they are. */
#include <omp.h>

int library_threads_seen(void);
int library_threads_seen(void) {
    int seen = 0;
#pragma omp parallel num_threads(3) reduction(+ : seen)
    seen += 1 << omp_get_thread_num();
    return seen;
}
