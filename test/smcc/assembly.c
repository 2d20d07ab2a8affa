// -S writes the assembly of the rewritten source (default name: base.s).
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: %smcc -S %s && FileCheck %s < assembly.s
// RUN: %smcc -S %s -o %t.s && FileCheck %s < %t.s
// CHECK: __sm_parallel_begin
int assembly_fn(void);
int assembly_fn(void) {
    int x = 0;
#pragma sm parallel
    x = 1;
    return x;
}
