// smcc options meant for the rewriter reach smpp, and not the compiler.
// RUN: %smcc --sm-show -Wno-sm-lost-write -Werror=sm-lost-write --sm-serial -c %S/Inputs/team.c -o %t.o 2>&1 | FileCheck %s
// CHECK: bin/smpp --backend=serial -Wno-sm-lost-write -Werror=sm-lost-write {{.*}}team.c
// CHECK-NOT: sm-lost-write
// RUN: %smcc --sm-show --sm-backend=openmp -c %S/Inputs/team.c -o %t.o 2>&1 | FileCheck %s --check-prefix=OMP
// OMP: bin/smpp --backend=openmp
// OMP: -fopenmp {{.*}}-c
// OMP-NOT: objcopy
// RUN: not %smcc --sm-backend=fibers -c %S/Inputs/team.c -o %t.o 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: unknown back end 'fibers'
