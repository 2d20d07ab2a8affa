// -o naming a directory: an error, and no temporary file is left beside it.
// RUN: rm -rf %t.out* && mkdir %t.out
// RUN: %smpp %s -o %t.out 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err
// RUN: test -d %t.out && not ls -d %t.out.*
// CHECK: smpp: error: cannot write '{{.*}}.out': Is a directory
int main(void) {
#pragma sm parallel
    {
    }
    return 0;
}
