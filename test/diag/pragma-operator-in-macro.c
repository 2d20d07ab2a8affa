// A _Pragma("sm ...") in a #define body is an error at the _Pragma: smpp
// rewrites directives where they are written, so it would be dropped. A
// _Pragma of another kind in a macro is left alone.
// RUN: not %smpp %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:

#define PAR _Pragma("sm parallel")
// CHECK: pragma-operator-in-macro.c:[[@LINE-1]]:13: error: '_Pragma("sm ...")' in a macro is not
// CHECK-SAME: supported: smpp rewrites directives where they are written, not where a macro
// CHECK-SAME: expands; write '#pragma sm ...' before the statement instead
#define UNROLL _Pragma("GCC unroll 4")

int main(void) {
    return 0;
}
