// single runs on any worker, so its writes are lost like any other.
// RUN: %smpp %s 2>&1 >/dev/null | FileCheck %s

int f(void) {
    int flag = 0;
#pragma sm parallel
    {
#pragma sm single
        flag = 1;
    }
    return flag;
}
// CHECK: warn-lost-write-single.c:9:9: warning: 'flag' is written by workers but is private
