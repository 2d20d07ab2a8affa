// critical brackets its statement with lock calls; a named critical passes
// its name, the unnamed one passes 0.
// RUN: %smpp %s | FileCheck %s

int counter;

void f(void) {
#pragma sm parallel
    {
#pragma sm critical
        counter++;
        // CHECK: __sm_critical_begin(0, &__sm_loc_1);
        // CHECK-NEXT: counter++; __sm_critical_end(0); }
#pragma sm critical(io)
        counter--;
        // CHECK: __sm_critical_begin("io", &__sm_loc_2);
        // CHECK-NEXT: counter--; __sm_critical_end("io"); }
    }
}
