// -o naming a FIFO (like /dev/null) writes into it: smpp must not rename a
// temporary file over it.
// RUN: rm -f %t.fifo && mkfifo %t.fifo
// RUN: timeout 10 cat %t.fifo > %t.read & %smpp %s -o %t.fifo; wait
// RUN: test -p %t.fifo
// RUN: FileCheck %s < %t.read
// CHECK: __sm_parallel_begin
int main(void) {
#pragma sm parallel
    {
    }
    return 0;
}
