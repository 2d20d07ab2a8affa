// Programs are linked with -z now: every worker is a new process, and lazy
// binding would look up each library function again in every worker.
// RUN: %smcc %s -o %t
// RUN: readelf -d %t | FileCheck %s
// CHECK: (FLAGS) BIND_NOW
int main(void) {
    return 0;
}
