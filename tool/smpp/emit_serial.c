/*
 * emit_serial.c - the serial back end (--serial, smcc --sm-serial): every
 * directive disappears and its statement runs as plain C in one process,
 * so a debugger steps through the user's own lines.  Calls to the sm_ API
 * still link and answer as for a team of one.
 */
#include "smpp.h"

int serial_datasharing(struct sm_unit *u); /* datasharing.c: private copies */

int emit_serial(struct sm_unit *u) {
    serial_datasharing(u);
    for (int i = 0; i < u->ndirs; i++) {
        const struct sm_directive *d = &u->dirs[i];
        const char *text = d->kind == DIR_FLUSH ? "__atomic_thread_fence(__ATOMIC_SEQ_CST);" : "";
        edits_replace(&u->edits, d->begin, d->end, text);
    }
    return 0;
}
