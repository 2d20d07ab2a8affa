/* scan.h - the cheap lexical test for sharedmem directives. */
#ifndef SMCC_SCAN_H
#define SMCC_SCAN_H

/* 1 if the file may contain "#pragma sm" or _Pragma("sm ..."), 0 if it
 * surely does not, -1 if it cannot be read.  False positives (a directive in
 * a comment) only cost a run of smpp. */
int may_have_directives(const char *path);

#endif /* SMCC_SCAN_H */
