// A macro holding _Pragma("sm ...") is rewritten where it is used only when
// it is object-like and _Pragma("sm ...") is its whole definition; any other
// form is an error at the #define, since the compiler would drop the
// directive. A _Pragma of another kind in a macro is left alone.
// RUN: not %smpp %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:

#define PAR_STMT(stmt) _Pragma("sm parallel") stmt
// CHECK: directive-macro-other-forms.c:[[@LINE-1]]:9: error: this macro holds '_Pragma("sm ...")':
// CHECK-SAME: smpp rewrites a macro use only when the macro is object-like and its whole
// CHECK-SAME: definition is '_Pragma("sm ...")'
#define PAR_CALL() _Pragma("sm parallel")
// CHECK: directive-macro-other-forms.c:[[@LINE-1]]:9: error: this macro holds
#define PAR_AND_MORE _Pragma("sm parallel") {}
// CHECK: directive-macro-other-forms.c:[[@LINE-1]]:9: error: this macro holds
#define UNROLL _Pragma("GCC unroll 4")

int main(void) {
    return 0;
}
