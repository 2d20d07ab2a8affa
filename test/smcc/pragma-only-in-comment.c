// A file whose only "#pragma sm" is in a comment is compiled as it is, not
// as smpp's unchanged copy: __FILE__ and the compiler's messages name it.
// RUN: %smcc -Wall %s -o %t 2>&1 | FileCheck %s --check-prefix=WARN
// WARN: {{^}}{{.*}}test/smcc/pragma-only-in-comment.c:[[# @LINE + 6]]:9: warning: unused variable
// RUN: %t | FileCheck %s
// CHECK: {{^}}{{.*}}test/smcc/pragma-only-in-comment.c{{$}}
#include <stdio.h>
/* to do: add #pragma sm parallel for here */
int main(void) {
    int unused;
    printf("%s\n", __FILE__);
    return 0;
}
