// Dependency files get the names cc would choose: no -o gives dep.d with
// target dep.o in the current directory; -MF and -MT are honoured; a
// compile-and-link names the output like gcc does (one source: with several,
// gcc and smcc both leave the last one's).
// RUN: rm -rf %t.dir && mkdir -p %t.dir/tmp && cp %S/Inputs/dep/* %t.dir && cd %t.dir
// RUN: TMPDIR=%t.dir/tmp %smcc -MMD -c dep.c
// RUN: tr '\\\n' '  ' < dep.d | FileCheck %s --check-prefix=DEFAULT
// DEFAULT: {{^}}dep.o: dep.c {{.*}} dep.h
// RUN: TMPDIR=%t.dir/tmp %smcc -MD -MF custom.dep -MT my-target -c dep.c -o other.o
// RUN: tr '\\\n' '  ' < custom.dep | FileCheck %s --check-prefix=CUSTOM
// CUSTOM: {{^}}my-target: dep.c {{.*}} dep.h
// RUN: printf 'int dep_value(void);\nint main(void) { return dep_value() - 7; }\n' > main.c
// RUN: %smcc -c main.c && TMPDIR=%t.dir/tmp %smcc -MMD dep.c main.o -o prog && ./prog
// RUN: tr '\\\n' '  ' < prog.d | FileCheck %s --check-prefix=LINK
// LINK: {{^}}prog: {{.*}}dep.c
// RUN: not grep %t.dir/tmp dep.d custom.dep prog.d
