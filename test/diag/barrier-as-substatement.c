// A standalone directive cannot be the statement of an if, a loop or a
// label: it would silently change what the if controls.
// RUN: not %smpp %s 2>&1 | FileCheck %s

void f(int c) {
#pragma sm parallel
    {
        if (c)
#pragma sm barrier
            c++;
// CHECK: barrier-as-substatement.c:[[@LINE-2]]:12: error: '#pragma sm barrier' cannot be the statement of an 'if'; put it inside braces
        while (c--)
#pragma sm barrier
            ;
// CHECK: barrier-as-substatement.c:[[@LINE-2]]:12: error: '#pragma sm barrier' cannot be the statement of a loop; put it inside braces
    }
}
