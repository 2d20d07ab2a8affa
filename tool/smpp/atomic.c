/* atomic.c - placeholder until atomic lands. */
#include "smpp.h"

int emit_atomic(struct sm_unit *u, struct sm_directive *d) {
    (void)u;
    diag_error(d->name_offset, "'#pragma sm atomic' is not implemented yet");
    return 1;
}

int emit_shared_global(struct sm_unit *u, struct sm_directive *d) {
    (void)u;
    diag_error(d->name_offset, "file-scope '#pragma sm shared' is not implemented yet");
    return 1;
}
