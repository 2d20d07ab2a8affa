// -o in a directory that does not exist.
// RUN: %smpp %s -o %t.nodir/out.c 2> %t.err; test $? -eq 1
// RUN: FileCheck %s < %t.err
// CHECK: smpp: error: cannot write '{{.*}}.nodir/out.c': No such file or directory
int main(void) {
#pragma sm parallel
    {
    }
    return 0;
}
