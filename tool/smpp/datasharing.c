/* datasharing.c - placeholder until the data-sharing model lands. */
#include "smpp.h"

int datasharing_analyse(struct sm_unit *u) {
    int errors = 0;
    for (int i = 0; i < u->ndirs; i++)
        for (int j = 0; j < u->dirs[i].nclauses; j++)
            if (u->dirs[i].clauses[j].nnames && u->dirs[i].kind != DIR_SHARED_GLOBAL &&
                u->dirs[i].kind != DIR_THREADPRIVATE && u->dirs[i].kind != DIR_FLUSH &&
                u->dirs[i].clauses[j].kind != CL_COPYIN) {
                diag_error(u->dirs[i].clauses[j].offset, "clause '%s' is not implemented yet",
                           clause_kind_name(u->dirs[i].clauses[j].kind));
                errors++;
            }
    return errors;
}

void datasharing_redirect(struct sm_unit *u) {
    (void)u;
}

int datasharing_emit(struct sm_unit *u, struct sm_directive *d, struct construct_text *t) {
    (void)u;
    (void)d;
    (void)t;
    return 0;
}
