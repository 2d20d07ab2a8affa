// -MMD -MP with -c: the dependency file sits beside the object, its target is
// the object and it names the user's source and header, never the rewritten
// temporary file.
// RUN: rm -rf %t.dir && mkdir -p %t.dir/obj %t.dir/tmp && cp %S/Inputs/dep/* %t.dir && cd %t.dir
// RUN: TMPDIR=%t.dir/tmp %smcc -MMD -MP -c dep.c -o obj/dep.o
// RUN: tr '\\\n' '  ' < obj/dep.d | FileCheck %s
// RUN: not grep %t.dir/tmp obj/dep.d
// CHECK: {{^}}obj/dep.o: dep.c
// CHECK-SAME: {{ }}dep.h
// CHECK-SAME: {{ }}dep.h:
