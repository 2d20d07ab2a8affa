// A file without sharedmem directives goes straight to the compiler; a
// _Pragma("sm ...") counts as a directive.
// RUN: %smcc --sm-show -c %S/Inputs/main.c -o %t.o 2>&1 | FileCheck %s
// CHECK-NOT: bin/smpp
// CHECK: -c {{.*}}main.c -o
// RUN: %smcc --sm-show -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OPERATOR
// OPERATOR: bin/smpp {{.*}}no-directive-skips-smpp.c
#define PARALLEL _Pragma("sm parallel")
int operator_pragma(void);
int operator_pragma(void) {
    int x = 0;
    PARALLEL x = 1;
    return x;
}
