/* loop.c - placeholder until work-sharing loops land. */
#include "smpp.h"

int emit_loop(struct sm_unit *u, struct sm_directive *d, struct construct_text *t) {
    (void)u;
    (void)t;
    diag_error(d->name_offset, "'#pragma sm %s' is not implemented yet", dir_kind_name(d->kind));
    return 1;
}

int emit_ordered(struct sm_unit *u, struct sm_directive *d) {
    (void)u;
    diag_error(d->name_offset, "'#pragma sm ordered' is not implemented yet");
    return 1;
}
