/* scan.h - the cheap lexical test for sharedmem directives. */
#ifndef SMCC_SCAN_H
#define SMCC_SCAN_H

#include "util.h"

/* Where #include looks before the system directories (-iquote, -I). */
struct include_path {
    struct strvec quote; /* #include "..." only, after the includer's directory */
    struct strvec dirs;  /* both forms */
};

/* 1 if the file, or a header it includes, may contain "#pragma sm" or
 * _Pragma("sm ..."); 0 if surely not; -1 if the file cannot be read.
 * Headers are those of #include "..." and <...> lines (whatever the #if
 * around them) found in the includer's directory or in ip, and the
 * -include files (forced); not those of the system directories.  smpp
 * rewrites the uses of a macro holding a directive and reports a
 * directive in a header, so such a file needs it too.  False positives (a
 * directive in a comment) only cost a run of smpp.  With ip and forced
 * NULL, the file alone is read. */
int may_have_directives(const char *path, const struct include_path *ip,
                        const struct strvec *forced);

#endif /* SMCC_SCAN_H */
