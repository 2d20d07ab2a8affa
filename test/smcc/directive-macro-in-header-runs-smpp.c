// A file whose only directive is a macro from a header of the user's still
// goes through smpp: smcc's pre-check follows #include lines into the
// includer's directory and the -I/-iquote directories, and -include files.
// RUN: %smcc --sm-show -c -I%S/Inputs/macro-header/inc %S/Inputs/macro-header/quoted.c \
// RUN:   -o %t.o 2>&1 | FileCheck %s
// RUN: %smcc --sm-show -c -include %S/Inputs/macro-header/inc/directive-macro.h \
// RUN:   %S/Inputs/macro-header/forced.c -o %t.o 2>&1 | FileCheck %s
// CHECK: bin/smpp
// A header found in none of those directories is not read (cc would look
// for it in the system directories, where smpp leaves directives alone).
// RUN: %smcc --sm-show -c %S/Inputs/macro-header/quoted.c -o %t.o 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NOT-FOUND
// NOT-FOUND-NOT: bin/smpp
// NOT-FOUND: -c {{.*}}quoted.c -o
