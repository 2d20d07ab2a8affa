// Without critical, the same counter loses updates at 4 workers: the
// check in critical-counter.c can fail, so it tests something.
// The result depends on the team size, so not with --sm-serial:
// UNSUPPORTED: serial
// RUN: %smcc -Wall -Wextra -Werror -DNO_CRITICAL %S/critical-counter.c -o %t
// RUN: SM_NUM_WORKERS=4 %t | not FileCheck %S/critical-counter.c -DTOTAL=8000
