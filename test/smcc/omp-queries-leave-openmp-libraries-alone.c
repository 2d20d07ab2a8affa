// smcc links its own omp_get_thread_num() & co. for ported programs, but
// hidden: a shared library built with OpenMP still gets libgomp's answers
// for its threads (0, 1, 2 -> bits 7), while the program's own calls get
// sharedmem's. With -fopenmp the program's calls are libgomp's too.
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: %cc -O2 -fopenmp -fPIC -shared %S/Inputs/omp-library/threads_seen.c \
// RUN:   -o %t.dir/libthreads_seen.so
// RUN: %smcc -O2 %s -o %t -L%t.dir -lthreads_seen -Wl,-rpath,%t.dir
// RUN: %t | FileCheck %s
// RUN: nm -D %t | FileCheck %s --check-prefix=NOT-EXPORTED
// RUN: %smcc -O2 -fopenmp %s -o %t.omp -L%t.dir -lthreads_seen -Wl,-rpath,%t.dir
// RUN: %t.omp | FileCheck %s --check-prefix=GOMP
// CHECK: library 7 program 0 of 1 in parallel 0
// NOT-EXPORTED-NOT: omp_get_thread_num
// GOMP: library 7 program 0 of 1 in parallel 0
// GOMP-NEXT: program in omp parallel: 2 threads
#include <omp.h>
#include <stdio.h>

int library_threads_seen(void);

int main(void) {
    printf("library %d program %d of %d in parallel %d\n", library_threads_seen(),
           omp_get_thread_num(), omp_get_num_threads(), omp_in_parallel());
#ifdef _OPENMP
    int n = 0;
#pragma omp parallel num_threads(2)
#pragma omp master
    n = omp_get_num_threads();
    printf("program in omp parallel: %d threads\n", n);
#endif
    return 0;
}
