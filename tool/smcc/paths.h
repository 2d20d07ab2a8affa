/* paths.h - where smcc finds smpp, the runtime and its header. */
#ifndef SMCC_PATHS_H
#define SMCC_PATHS_H

struct sm_paths {
    const char *smpp;        /* <dir of smcc>/smpp */
    const char *include_dir; /* <prefix>/include */
    const char *lib_dir;     /* <prefix>/lib (or the configured libdir) */
};

/* smcc's prefix is the parent of the directory holding the smcc executable:
 * build/{bin,lib,include} and an installed prefix have the same layout. */
void find_paths(const char *argv0, struct sm_paths *p);

#endif /* SMCC_PATHS_H */
